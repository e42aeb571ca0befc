import { scenario } from 'faultline';

export default scenario('hcompany/browser-maintenance-page', {
  title: 'A real maintenance page blocks the H agent: blocked with no detail, escalate',
  sources: ['hcompany:outcome:blocked'],
  schedule: [{ fault: 'site.page', with: { page: '/maintenance' } }],
  expect: { end: ['escalate'], kinds: ['agent.blocked'] },
});
