import { scenario } from 'faultline';

export default scenario('webcompute/browser-screenshot-failed', {
  title: 'A screenshot in browser code really fails: SCREENSHOT_FAILED, retry once unchanged',
  sources: ['webcompute:browser_server:SCREENSHOT_FAILED'],
  schedule: [{ fault: 'browser.screenshot_failure' }],
  expect: { end: ['accept'], kinds: ['browser.screenshot_failed'] },
});
