import { scenario } from 'faultline';

export default scenario('hcompany/no-answer-persists', {
  title: 'No answer even with a raised budget: raise it at most twice, then stop',
  sources: ['hcompany:error_code:no_answer'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: { status: 'failed', error_code: 'no_answer', error: 'The agent did not produce an answer.' },
      times: 3,
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['agent.out_of_budget'] },
});
