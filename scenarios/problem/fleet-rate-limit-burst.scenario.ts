import { scenario } from 'faultline';

export default scenario('problem/fleet-rate-limit-burst', {
  title: '8 tasks against a token bucket of 2 (1 a second): six refused at once must not come back at once',
  sources: ['problem:pattern:rate_limits', 'problem:pattern:jitter', 'problem:status:429'],
  fleet: { tasks: 8, platform: [{ fault: 'platform.rate-limit', with: { burst: 2, perS: 1 } }] },
  expect: { end: ['accept'], kinds: ['platform.rate_limited'] },
});
