import { scenario } from 'faultline';

export default scenario('playwright/selector-missing', {
  title: 'The page lost the selector the script reads: real locator timeout, stop',
  sources: ['playwright:error:TimeoutError'],
  schedule: [{ fault: 'site.page', with: { page: '/no-selector' } }],
  expect: { end: ['abort'], kinds: ['browser.selector_not_found'] },
});
