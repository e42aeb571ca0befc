import { scenario } from '../../harness/scenario/index.ts';

export default scenario('playwright/selector-missing', {
  title: 'The page lost the selector the script reads: real locator timeout, stop',
  provider: 'playwright',
  sources: ['playwright:error:TimeoutError'],
  schedule: [{ fault: 'site.page', with: { page: '/no-selector' } }],
  expect: { end: ['abort'], kinds: ['browser.selector_not_found'] },
});
