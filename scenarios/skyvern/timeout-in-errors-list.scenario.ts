import { scenario } from 'faultline';

export default scenario('skyvern/timeout-in-errors-list', {
  title: 'The timeout code only in errors[] (no output.error): still a timeout, raise the budget',
  sources: ['skyvern:error_code:timeout', 'skyvern:status:timed_out'],
  schedule: [
    {
      fault: 'skyvern.run',
      with: { status: 'timed_out', errors: [{ error_code: 'timeout', reasoning: 'The task exceeded its time limit' }] },
    },
  ],
  expect: { end: ['accept'], kinds: ['agent.timed_out'] },
});
