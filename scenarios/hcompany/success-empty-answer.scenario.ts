import { scenario } from 'faultline';

export default scenario('hcompany/success-empty-answer', {
  title: 'Outcome success with an empty answer: nothing to trust, narrow the task once',
  sources: ['hcompany:outcome:success'],
  schedule: [{ fault: 'hcompany.session', with: { status: 'completed', outcome: 'success', answer: '' } }],
  expect: { end: ['accept', 'escalate'], kinds: ['answer.missing'] },
});
