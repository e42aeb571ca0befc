import { scenario } from 'faultline';

export default scenario('problem/fleet-outage-blip', {
  title: '20 tasks meet a 3-second blip: retried with spread, every task ends accepted',
  sources: ['problem:pattern:jitter', 'problem:status:503'],
  fleet: { tasks: 20, platform: [{ fault: 'platform.outage', with: { forS: 3 } }] },
  expect: { end: ['accept'], kinds: ['platform.unavailable'] },
});
