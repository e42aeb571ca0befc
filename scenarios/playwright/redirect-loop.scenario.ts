import { scenario } from 'faultline';

export default scenario('playwright/redirect-loop', {
  title: 'An endless redirect: real net::ERR_TOO_MANY_REDIRECTS, not network-shaped, stop',
  sources: ['playwright:net_error:ERR_TOO_MANY_REDIRECTS'],
  schedule: [{ fault: 'site.page', with: { page: '/redirect-loop' } }],
  expect: { end: ['abort'], kinds: ['browser.navigation_failed'] },
});
