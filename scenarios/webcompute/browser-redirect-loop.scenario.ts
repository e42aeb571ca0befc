import { scenario } from 'faultline';

export default scenario('webcompute/browser-redirect-loop', {
  title: 'An endless redirect in browser code: NAVIGATION_FAILED',
  sources: ['webcompute:browser_server:NAVIGATION_FAILED'],
  schedule: [{ fault: 'site.page', with: { page: '/redirect-loop' } }],
  expect: { end: ['accept', 'abort'], kinds: ['browser.navigation_failed'] },
});
