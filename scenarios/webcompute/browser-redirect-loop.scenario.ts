import { scenario } from '../../harness/scenario/index.ts';

export default scenario('webcompute/browser-redirect-loop', {
  title: 'An endless redirect in browser code: NAVIGATION_FAILED',
  provider: 'webcompute',
  sources: ['webcompute:browser_server:NAVIGATION_FAILED'],
  schedule: [{ fault: 'site.page', with: { page: '/redirect-loop' } }],
  expect: { end: ['accept', 'abort'], kinds: ['browser.navigation_failed'] },
});
