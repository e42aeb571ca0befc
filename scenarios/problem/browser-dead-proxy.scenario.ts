import { scenario } from 'faultline';

export default scenario('problem/browser-dead-proxy', {
  title: "The agent API's proxy is dead: a 502 problem, retry",
  sources: ['problem:status:502'],
  schedule: [{ fault: 'browser.proxy_refused' }],
  expect: { end: ['accept'], kinds: ['platform.upstream'] },
});
