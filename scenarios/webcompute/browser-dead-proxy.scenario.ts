import { scenario } from 'faultline';

export default scenario('webcompute/browser-dead-proxy', {
  title: "The browser's proxy is dead: real PROXY_CONNECTION_FAILED, retry with a new proxy",
  sources: ['webcompute:browser_server:PROXY_CONNECTION_FAILED'],
  schedule: [{ fault: 'browser.proxy_refused' }],
  expect: { end: ['accept'], kinds: ['browser.proxy_failed'] },
});
