import { scenario } from 'faultline';

export default scenario('playwright/page-fetch-connection-reset', {
  title: "The page's own API call is reset (route.abort connectionreset): the price never renders, stop",
  sources: ['playwright:route_abort:connectionreset'],
  schedule: [{ fault: 'page.fetch', with: { mode: 'abort', code: 'connectionreset' } }],
  expect: { end: ['abort'], kinds: ['browser.selector_not_found'] },
});
