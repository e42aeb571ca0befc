import { scenario } from 'faultline';

export default scenario('problem/retry-after-30-thrice', {
  title: 'Three 429 problem documents with Retry-After: 30: wait at least 30 s before each resend',
  sources: ['problem:extension:is_retriable'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 429,
        type: 'https://problems.faultline.test/rate-limited',
        title: 'Too many requests',
        is_retriable: true,
        retryAfter: '30',
      },
      times: 3,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.rate_limited'] },
});
