import { scenario } from 'faultline';

export default scenario('webcompute/browser-selector-missing', {
  title: 'The page lost the selector the browser code waits for: real SELECTOR_NOT_FOUND, stop',
  sources: ['webcompute:browser_server:SELECTOR_NOT_FOUND'],
  schedule: [{ fault: 'site.page', with: { page: '/no-selector' } }],
  expect: { end: ['abort'], kinds: ['browser.selector_not_found'] },
});
