import { scenario } from 'faultline';

export default scenario('playwright/proxy-latency-timeout', {
  title: 'The proxy adds 2 s of latency against a 300 ms budget: real navigation timeout',
  sources: ['playwright:error:TimeoutError'],
  schedule: [{ fault: 'proxy.toxic', with: { toxic: 'latency', ms: 2000, timeoutMs: 300 } }],
  expect: { end: ['accept'], kinds: ['browser.navigation_timeout'] },
});
