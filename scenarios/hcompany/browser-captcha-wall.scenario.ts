import { scenario } from 'faultline';

export default scenario('hcompany/browser-captcha-wall', {
  title: 'The agent really meets a captcha wall: completed, outcome blocked, escalate to a human',
  sources: ['hcompany:outcome:blocked'],
  schedule: [{ fault: 'site.page', with: { page: '/captcha' } }],
  expect: { end: ['escalate'], kinds: ['agent.captcha'] },
});
