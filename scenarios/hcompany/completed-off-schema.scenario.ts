import { scenario } from 'faultline';

export default scenario('hcompany/completed-off-schema', {
  title: 'A completed, successful answer that fails the task schema is never accepted',
  sources: ['hcompany:outcome:success'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: {
        status: 'completed',
        outcome: 'success',
        answer: { product: 'Framework 13', price: 'about a thousand' },
      },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['answer.schema_mismatch'] },
});
