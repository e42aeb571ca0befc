import { scenario } from 'faultline';

export default scenario('hcompany/answer-validation', {
  title: 'Every answer failed the answer_format: simplify the schema or hand it to review',
  sources: ['hcompany:error_code:answer_validation'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: {
        status: 'failed',
        error_code: 'answer_validation',
        error: 'The answer did not match the answer format.',
      },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['answer.schema_mismatch'] },
});
