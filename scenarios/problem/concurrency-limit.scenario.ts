import { scenario } from 'faultline';

export default scenario('problem/concurrency-limit', {
  title: '429 concurrency limit with retry_after_ms 4000, twice: wait at least 4 s each time',
  sources: ['problem:status:429', 'problem:extension:retry_after_ms'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 429,
        type: 'https://problems.faultline.test/concurrency-limit',
        title: 'Too many concurrent runs',
        is_retriable: true,
        retry_after_ms: 4000,
      },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.concurrency_limit'] },
});
