import { scenario } from '../../harness/scenario/index.ts';

export default scenario('playwright/proxy-resets-mid-response', {
  title: 'The proxy resets the connection mid-response: retry through a new proxy',
  provider: 'playwright',
  sources: ['playwright:net_error:ERR_CONNECTION_RESET'],
  schedule: [{ fault: 'proxy.toxic', with: { toxic: 'reset' } }],
  expect: { end: ['accept'], kinds: ['browser.navigation_failed'] },
});
