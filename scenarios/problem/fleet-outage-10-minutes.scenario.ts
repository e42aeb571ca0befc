import { scenario } from 'faultline';

export default scenario('problem/fleet-outage-10-minutes', {
  title:
    '50 tasks meet a 10-minute outage: the breaker opens, one probe at a time; every task ends (accepted once the platform is back, or given up after its retries)',
  sources: ['problem:pattern:circuit_breakers', 'problem:status:503'],
  fleet: { tasks: 50, platform: [{ fault: 'platform.outage', with: { forS: 600 } }] },
  expect: { end: ['accept', 'abort'], kinds: ['platform.unavailable'] },
});
