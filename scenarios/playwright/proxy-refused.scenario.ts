import { scenario } from 'faultline';

export default scenario('playwright/proxy-refused', {
  title: 'The proxy is dead (net::ERR_PROXY_CONNECTION_FAILED): retry with a new proxy',
  sources: ['playwright:net_error:ERR_PROXY_CONNECTION_FAILED'],
  schedule: [{ fault: 'browser.proxy_refused' }],
  expect: { end: ['accept'], kinds: ['browser.proxy_failed'] },
});
