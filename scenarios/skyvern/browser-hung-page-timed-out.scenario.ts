import { scenario } from 'faultline';

export default scenario('skyvern/browser-hung-page-timed-out', {
  title: 'A page that never loads: the run times out, a bigger budget or narrower task succeeds',
  sources: ['skyvern:status:timed_out'],
  schedule: [{ fault: 'browser.navigation_timeout' }],
  expect: { end: ['accept'], kinds: ['agent.out_of_budget'] },
});
