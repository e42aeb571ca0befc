import { scenario } from 'faultline';

export default scenario('skyvern/completed-empty-output', {
  title: 'Completed with an empty output (no data, no error key): no answer, narrow the task once',
  sources: ['skyvern:error_location:successful_run', 'skyvern:status:completed'],
  schedule: [{ fault: 'skyvern.run', with: { status: 'completed', output: {} } }],
  expect: { end: ['accept', 'escalate'], kinds: ['answer.missing'] },
});
