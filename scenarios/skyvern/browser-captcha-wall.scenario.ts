import { scenario } from 'faultline';

export default scenario('skyvern/browser-captcha-wall', {
  title: 'A real captcha wall terminates the run with captcha_required: escalate',
  sources: ['skyvern:error_code:captcha_required', 'skyvern:status:terminated'],
  schedule: [{ fault: 'site.page', with: { page: '/captcha' } }],
  expect: { end: ['escalate'], kinds: ['agent.captcha'] },
});
