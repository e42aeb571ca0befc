import { scenario } from 'faultline';

export default scenario('skyvern/timed-out-max-steps', {
  title: 'The run exceeds max_steps: raise the budget or narrow the task',
  sources: ['skyvern:status:timed_out'],
  schedule: [
    {
      fault: 'skyvern.run',
      with: { status: 'timed_out', failure_reason: 'Reached the maximum steps (25)' },
    },
  ],
  expect: { end: ['accept'], kinds: ['agent.out_of_budget'] },
});
