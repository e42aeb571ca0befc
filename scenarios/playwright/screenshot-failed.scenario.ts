import { scenario } from 'faultline';

export default scenario('playwright/screenshot-failed', {
  title: "The script's screenshot really fails: retry once unchanged, then stop",
  sources: ['playwright:error:screenshot'],
  schedule: [{ fault: 'browser.screenshot_failure' }],
  expect: { end: ['accept'], kinds: ['browser.screenshot_failed'] },
});
