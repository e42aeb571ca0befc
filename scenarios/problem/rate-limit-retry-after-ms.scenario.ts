import { scenario } from 'faultline';

export default scenario('problem/rate-limit-retry-after-ms', {
  title: 'A problem document says wait 1500 ms, twice: honour retry_after_ms',
  sources: ['problem:extension:retry_after_ms', 'problem:extension:is_retriable'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 429,
        type: 'https://problems.faultline.test/rate-limited',
        title: 'Too many requests',
        is_retriable: true,
        retry_after_ms: 1500,
      },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.rate_limited'] },
});
