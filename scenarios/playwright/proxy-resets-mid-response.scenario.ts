import { scenario } from 'faultline';

export default scenario('playwright/proxy-resets-mid-response', {
  title:
    'The proxy keeps resetting mid-response: only a retry through a new proxy gets through (a fresh browser, also allowed, never does: then stop at the bound)',
  sources: ['playwright:net_error:ERR_CONNECTION_RESET'],
  task: { proxy: 'http://127.0.0.1:3128' },
  // The toxic never runs out: a fresh browser through the same proxy fails again; a new proxy heals it.
  schedule: [{ fault: 'proxy.toxic', with: { toxic: 'reset' }, times: 'always' }],
  expect: { end: ['accept', 'abort', 'escalate'], kinds: ['browser.navigation_failed'] },
});
