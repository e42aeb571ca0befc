import { scenario } from 'faultline';

export default scenario('problem/fleet-rate-limit', {
  title:
    '10 tasks against a token bucket (burst 4, 2 a second): refused tasks honour Retry-After and come back spread out',
  sources: ['problem:pattern:rate_limits', 'problem:pattern:jitter', 'problem:status:429'],
  fleet: { tasks: 10, platform: [{ fault: 'platform.rate-limit', with: { burst: 4, perS: 2 } }] },
  expect: { end: ['accept'], kinds: ['platform.rate_limited'] },
});
