import { scenario } from '../../harness/scenario/index.ts';

export default scenario('hcompany/browser-maintenance-page', {
  title: 'A real maintenance page blocks the H agent: blocked with no detail, escalate',
  provider: 'hcompany',
  sources: ['hcompany:outcome:blocked'],
  schedule: [{ fault: 'site.page', with: { page: '/maintenance' } }],
  expect: { end: ['escalate'], kinds: ['agent.blocked'] },
});
