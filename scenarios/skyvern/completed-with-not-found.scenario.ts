import { scenario } from 'faultline';

export default scenario('skyvern/completed-with-not-found', {
  title: 'Completed, but output.error says not_found: return the empty result, do not retry',
  sources: ['skyvern:status:completed', 'skyvern:error_code:not_found'],
  schedule: [{ fault: 'skyvern.run', with: { status: 'completed', output: { error: 'not_found' } } }],
  expect: { end: ['abort'], kinds: ['agent.not_found'] },
});
