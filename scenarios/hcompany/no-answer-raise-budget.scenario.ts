import { scenario } from 'faultline';

export default scenario('hcompany/no-answer-raise-budget', {
  title: 'The agent runs out of budget; a retry with a bigger budget or a narrower task succeeds',
  sources: ['hcompany:error_code:no_answer'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: {
        status: 'failed',
        error_code: 'no_answer',
        error: 'The agent stopped without an answer.',
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['agent.out_of_budget'] },
});
