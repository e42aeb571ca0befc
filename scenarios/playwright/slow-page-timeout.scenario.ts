import { scenario } from 'faultline';

export default scenario('playwright/slow-page-timeout', {
  title: 'A page slower than the navigation timeout: real TimeoutError, retry',
  sources: ['playwright:error:TimeoutError'],
  schedule: [{ fault: 'site.page', with: { page: '/slow', query: { ms: '3000' }, timeoutMs: 300 } }],
  expect: { end: ['accept'], kinds: ['browser.navigation_timeout'] },
});
