import { scenario } from 'faultline';

export default scenario('skyvern/browser-page-fetch-failed', {
  title: "The page's own API call fails (route.abort failed): the data is not on the page",
  sources: ['skyvern:error_code:not_found'],
  schedule: [{ fault: 'page.fetch', with: { mode: 'abort', code: 'failed' } }],
  expect: { end: ['abort'], kinds: ['agent.not_found'] },
});
