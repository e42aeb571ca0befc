import { scenario } from 'faultline';

export default scenario('problem/fleet-concurrency-limit', {
  title: '40 tasks against a limit of 5 runs at once: after the first 429 the client keeps to 5 in flight',
  sources: ['problem:pattern:rate_limits', 'problem:status:429'],
  fleet: { tasks: 40, platform: [{ fault: 'platform.concurrency-limit', with: { limit: 5 } }] },
  expect: { end: ['accept'], kinds: ['platform.concurrency_limit'] },
});
