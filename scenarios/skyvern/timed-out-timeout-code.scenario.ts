import { scenario } from 'faultline';

export default scenario('skyvern/timed-out-timeout-code', {
  title: 'Timed out with the mapped code timeout: raise the budget or narrow the task, never retry as is',
  sources: ['skyvern:error_code:timeout', 'skyvern:status:timed_out'],
  schedule: [
    {
      fault: 'skyvern.run',
      with: { status: 'timed_out', output: { error: 'timeout' }, failure_reason: 'Task took too long' },
    },
  ],
  expect: { end: ['accept'], kinds: ['agent.timed_out'] },
});
