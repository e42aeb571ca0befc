import { scenario } from 'faultline';

export default scenario('hcompany/timed-out-without-code', {
  title: 'A session timed_out with no error_code: the status alone says raise the budget',
  sources: ['hcompany:status:timed_out'],
  schedule: [{ fault: 'hcompany.session', with: { status: 'timed_out' } }],
  expect: { end: ['accept'], kinds: ['agent.timed_out'] },
});
