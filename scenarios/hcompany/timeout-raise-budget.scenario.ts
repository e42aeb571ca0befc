import { scenario } from 'faultline';

export default scenario('hcompany/timeout-raise-budget', {
  title: 'The session exceeds max_time_s: retry with a higher budget or a smaller task',
  sources: ['hcompany:error_code:timeout', 'hcompany:status:timed_out'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: {
        status: 'timed_out',
        error_code: 'timeout',
        error: 'The session exceeded its maximum time.',
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['agent.timed_out'] },
});
