import { scenario } from 'faultline';

export default scenario('playwright/browser-launch-failure', {
  title: 'The browser executable is missing: retry once on a fresh browser, then stop',
  sources: ['playwright:error:launch_failed'],
  schedule: [{ fault: 'browser.launch_failure' }],
  expect: { end: ['accept'], kinds: ['browser.launch_failed'] },
});
