import { scenario } from 'faultline';

export default scenario('webcompute/browser-proxy-auth-required', {
  title: 'The proxy demands credentials it will not accept (407): PROXY_CONNECTION_FAILED',
  sources: ['webcompute:browser_server:PROXY_CONNECTION_FAILED'],
  schedule: [{ fault: 'proxy.toxic', with: { toxic: 'auth_required' } }],
  expect: { end: ['accept'], kinds: ['browser.proxy_failed'] },
});
