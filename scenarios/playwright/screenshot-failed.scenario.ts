import { scenario } from '../../harness/scenario/index.ts';

export default scenario('playwright/screenshot-failed', {
  title: "The script's screenshot really fails: retry once unchanged, then stop",
  provider: 'playwright',
  sources: ['playwright:error:screenshot'],
  schedule: [{ fault: 'browser.screenshot_failure' }],
  expect: { end: ['accept'], kinds: ['browser.screenshot_failed'] },
});
