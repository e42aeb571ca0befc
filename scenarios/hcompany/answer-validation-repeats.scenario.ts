import { scenario } from 'faultline';

export default scenario('hcompany/answer-validation-repeats', {
  title: 'The answer misses the schema again after simplifying it: escalate for review',
  sources: ['hcompany:error_code:answer_validation'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: { status: 'failed', error_code: 'answer_validation', error: 'The answer did not match the answer format.' },
      times: 2,
    },
  ],
  expect: { end: ['escalate'], kinds: ['answer.schema_mismatch'] },
});
