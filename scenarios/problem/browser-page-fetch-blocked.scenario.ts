import { scenario } from 'faultline';

export default scenario('problem/browser-page-fetch-blocked', {
  title: "The page's own API call is blocked by the client: a selector-not-found problem, stop",
  sources: ['problem:status:422'],
  schedule: [{ fault: 'page.fetch', with: { mode: 'abort', code: 'blockedbyclient' } }],
  expect: { end: ['abort'], kinds: ['browser.selector_not_found'] },
});
