import { scenario } from 'faultline';

export default scenario('problem/fleet-slow-platform', {
  title:
    '30 tasks on a platform that takes 20 s more per run and is down for its first 5 s: slow is not down, every task ends accepted',
  sources: ['problem:pattern:circuit_breakers', 'problem:status:503'],
  fleet: {
    tasks: 30,
    platform: [
      { fault: 'platform.slow', with: { latencyMs: 20_000 } },
      { fault: 'platform.outage', with: { forS: 5 } },
    ],
  },
  expect: { end: ['accept'], kinds: ['platform.unavailable'] },
});
