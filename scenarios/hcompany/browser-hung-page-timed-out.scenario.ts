import { scenario } from 'faultline';

export default scenario('hcompany/browser-hung-page-timed-out', {
  title: "The agent's browser hangs on a page that never loads: the session times out",
  sources: ['hcompany:error_code:timeout'],
  schedule: [{ fault: 'browser.navigation_timeout' }],
  expect: { end: ['accept'], kinds: ['agent.timed_out'] },
});
