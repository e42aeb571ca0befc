import { scenario } from 'faultline';

export default scenario('webcompute/browser-launch-failure', {
  title: 'Chrome could not launch: BROWSER_LAUNCH_FAILED',
  sources: ['webcompute:browser_server:BROWSER_LAUNCH_FAILED'],
  schedule: [{ fault: 'browser.launch_failure' }],
  expect: { end: ['accept'], kinds: ['browser.launch_failed'] },
});
