import { scenario } from 'faultline';

export default scenario('playwright/proxy-refuses-connection', {
  title: 'The proxy resets every connection on accept: retry through a new proxy',
  sources: ['playwright:net_error:ERR_CONNECTION_RESET', 'playwright:net_error:ERR_PROXY_CONNECTION_FAILED'],
  schedule: [{ fault: 'proxy.toxic', with: { toxic: 'refuse' } }],
  // Chromium reports a reset on accept as either, depending on when the reset lands.
  expect: { end: ['accept'], kinds: ['browser.navigation_failed', 'browser.proxy_failed'] },
});
