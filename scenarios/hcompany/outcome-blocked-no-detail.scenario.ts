import { scenario } from 'faultline';

export default scenario('hcompany/outcome-blocked-no-detail', {
  title: 'Blocked with no detail of the obstacle: hand over to a human',
  sources: ['hcompany:outcome:blocked'],
  schedule: [{ fault: 'hcompany.session', with: { status: 'completed', outcome: 'blocked' } }],
  expect: { end: ['escalate'], kinds: ['agent.blocked'] },
});
