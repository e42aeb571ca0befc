import { scenario } from 'faultline';

export default scenario('problem/fleet-outage-mid-run', {
  title:
    '40 tasks; the platform goes down 5 s in, for 5 minutes: the running wave ends, the rest wait behind the breaker',
  sources: ['problem:pattern:circuit_breakers', 'problem:status:503'],
  fleet: { tasks: 40, platform: [{ fault: 'platform.outage', with: { fromS: 5, forS: 300 } }] },
  expect: { end: ['accept', 'abort'], kinds: ['platform.unavailable'] },
});
