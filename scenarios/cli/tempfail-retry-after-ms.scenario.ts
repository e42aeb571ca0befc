import { scenario } from 'faultline';

export default scenario('cli/tempfail-retry-after-ms', {
  title: 'Exit 75 (EX_TEMPFAIL), code rate_limited, retry_after_ms 1500, twice: wait what it says',
  sources: ['cli:exit:75', 'cli:field:retry_after_ms', 'cli:field:code'],
  schedule: [
    {
      fault: 'cli.error',
      with: {
        exit: 75,
        code: 'rate_limited',
        message: 'too many runs; try again later',
        is_retriable: true,
        retry_after_ms: 1500,
      },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.rate_limited'] },
});
