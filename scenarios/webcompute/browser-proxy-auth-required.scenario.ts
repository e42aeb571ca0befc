import { scenario } from '../../harness/scenario/index.ts';

export default scenario('webcompute/browser-proxy-auth-required', {
  title: 'The proxy demands credentials it will not accept (407): PROXY_CONNECTION_FAILED',
  provider: 'webcompute',
  sources: ['webcompute:browser_server:PROXY_CONNECTION_FAILED'],
  schedule: [{ fault: 'proxy.toxic', with: { toxic: 'auth_required' } }],
  expect: { end: ['accept'], kinds: ['browser.proxy_failed'] },
});
