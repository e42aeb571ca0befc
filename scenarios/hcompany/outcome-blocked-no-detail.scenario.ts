import { scenario } from '../../harness/scenario/index.ts';

export default scenario('hcompany/outcome-blocked-no-detail', {
  title: 'Blocked with no detail of the obstacle: hand over to a human',
  provider: 'hcompany',
  sources: ['hcompany:outcome:blocked'],
  schedule: [{ fault: 'hcompany.session', with: { status: 'completed', outcome: 'blocked' } }],
  expect: { end: ['escalate'], kinds: ['agent.blocked'] },
});
