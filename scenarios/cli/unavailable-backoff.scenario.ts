import { scenario } from 'faultline';

export default scenario('cli/unavailable-backoff', {
  title: 'Exit 69 (EX_UNAVAILABLE), retriable, no wait given, twice: retry with backoff, then it works',
  sources: ['cli:exit:69', 'cli:field:is_retriable'],
  schedule: [
    {
      fault: 'cli.error',
      with: { exit: 69, code: 'unavailable', message: 'the agent service is unavailable', is_retriable: true },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.unavailable'] },
});
