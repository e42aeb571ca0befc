import { scenario } from 'faultline';

export default scenario('hcompany/browser-page-fetch-timed-out', {
  title: "The page's own API call times out (route.abort timedout): the agent ends without an answer",
  sources: ['hcompany:error_code:no_answer'],
  schedule: [{ fault: 'page.fetch', with: { mode: 'abort', code: 'timedout' } }],
  expect: { end: ['accept'], kinds: ['agent.out_of_budget'] },
});
