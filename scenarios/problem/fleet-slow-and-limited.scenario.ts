import { scenario } from 'faultline';

export default scenario('problem/fleet-slow-and-limited', {
  title: '30 tasks on a slow platform (5 s) that runs 4 at once: kept to 4 in flight after the first refusal',
  sources: ['problem:pattern:rate_limits', 'problem:status:429'],
  fleet: {
    tasks: 30,
    platform: [
      { fault: 'platform.slow', with: { latencyMs: 5_000 } },
      { fault: 'platform.concurrency-limit', with: { limit: 4 } },
    ],
  },
  expect: { end: ['accept'], kinds: ['platform.concurrency_limit'] },
});
