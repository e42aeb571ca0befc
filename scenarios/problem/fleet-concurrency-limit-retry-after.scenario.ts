import { scenario } from 'faultline';

export default scenario('problem/fleet-concurrency-limit-retry-after', {
  title:
    '30 tasks against a limit of 3 runs at once with Retry-After: 2: kept to 3 in flight, refused tasks wait as asked',
  sources: ['problem:pattern:rate_limits', 'problem:status:429'],
  fleet: { tasks: 30, platform: [{ fault: 'platform.concurrency-limit', with: { limit: 3, retryAfterS: 2 } }] },
  expect: { end: ['accept'], kinds: ['platform.concurrency_limit'] },
});
