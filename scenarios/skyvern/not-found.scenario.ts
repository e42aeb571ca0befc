import { scenario } from 'faultline';

export default scenario('skyvern/not-found', {
  title: 'The target data does not exist: return an empty result, do not retry',
  sources: ['skyvern:error_code:not_found'],
  schedule: [
    {
      fault: 'skyvern.run',
      with: {
        status: 'terminated',
        output: { error: 'not_found' },
        failure_reason: 'No invoice exists for the requested date range',
      },
    },
  ],
  expect: { end: ['abort'], kinds: ['agent.not_found'] },
});
