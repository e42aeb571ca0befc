import { scenario } from '../../harness/scenario/index.ts';

export default scenario('hcompany/browser-captcha-wall', {
  title: 'The agent really meets a captcha wall: completed, outcome blocked, escalate to a human',
  provider: 'hcompany',
  sources: ['hcompany:outcome:blocked'],
  schedule: [{ fault: 'site.page', with: { page: '/captcha' } }],
  expect: { end: ['escalate'], kinds: ['agent.captcha'] },
});
