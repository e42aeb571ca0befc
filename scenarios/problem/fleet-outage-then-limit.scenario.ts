import { scenario } from 'faultline';

export default scenario('problem/fleet-outage-then-limit', {
  title: '30 tasks: a 1-minute outage, then a limit of 4 at once: the breaker, then the limiter',
  sources: [
    'problem:pattern:circuit_breakers',
    'problem:pattern:rate_limits',
    'problem:status:503',
    'problem:status:429',
  ],
  fleet: {
    tasks: 30,
    platform: [
      { fault: 'platform.outage', with: { forS: 60 } },
      { fault: 'platform.concurrency-limit', with: { limit: 4 } },
    ],
  },
  expect: { end: ['accept'], kinds: ['platform.unavailable', 'platform.concurrency_limit'] },
});
