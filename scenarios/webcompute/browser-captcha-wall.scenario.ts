import { scenario } from 'faultline';

export default scenario('webcompute/browser-captcha-wall', {
  title: 'A real captcha wall: CAPTCHA_SOLVE_FAILED, escalate to a human',
  sources: ['webcompute:browser_server:CAPTCHA_SOLVE_FAILED'],
  schedule: [{ fault: 'site.page', with: { page: '/captcha' } }],
  expect: { end: ['escalate'], kinds: ['agent.captcha'] },
});
