import { scenario } from 'faultline';

export default scenario('problem/fleet-outage-retry-after', {
  title:
    '30 tasks meet a 2-minute outage that says Retry-After: 30; the breaker probes, nobody retries sooner than asked',
  sources: ['problem:pattern:circuit_breakers', 'problem:status:503'],
  fleet: { tasks: 30, platform: [{ fault: 'platform.outage', with: { forS: 120, retryAfterS: 30 } }] },
  expect: { end: ['accept', 'abort'], kinds: ['platform.unavailable'] },
});
