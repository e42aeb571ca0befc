import { scenario } from 'faultline';

export default scenario('playwright/navigation-timeout', {
  title: 'A page that never loads: real navigation timeout, retry on a fresh browser or proxy',
  sources: ['playwright:error:TimeoutError'],
  schedule: [{ fault: 'browser.navigation_timeout', with: { timeoutMs: 300 } }],
  expect: { end: ['accept'], kinds: ['browser.navigation_timeout'] },
});
