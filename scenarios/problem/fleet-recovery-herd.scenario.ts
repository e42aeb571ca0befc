import { scenario } from 'faultline';

export default scenario('problem/fleet-recovery-herd', {
  title:
    '8 tasks meet a 30-second outage: once a probe succeeds, the waiting tasks must not all come back in the same instant',
  sources: ['problem:pattern:circuit_breakers', 'problem:pattern:jitter', 'problem:status:503'],
  fleet: { tasks: 8, platform: [{ fault: 'platform.outage', with: { forS: 30 } }] },
  expect: { end: ['accept'], kinds: ['platform.unavailable'] },
});
