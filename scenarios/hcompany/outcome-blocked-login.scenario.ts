import { scenario } from 'faultline';

export default scenario('hcompany/outcome-blocked-login', {
  title: 'Completed but blocked by a login wall: refresh credentials once, then the run succeeds',
  sources: ['hcompany:outcome:blocked', 'hcompany:status:completed'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: {
        status: 'completed',
        outcome: 'blocked',
        answer: 'The pricing page asks me to log in before it shows prices.',
      },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['agent.login_required'] },
});
