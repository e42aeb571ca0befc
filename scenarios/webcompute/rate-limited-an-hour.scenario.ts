import { scenario } from 'faultline';

export default scenario('webcompute/rate-limited-an-hour', {
  title: 'RATE_LIMITED with Retry-After: 3600: wait the hour before the next execute',
  sources: ['webcompute:gateway:RATE_LIMITED'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: {
        status: 429,
        code: 'RATE_LIMITED',
        type: 'rate_limit_error',
        retryable: true,
        next: 'retry',
        retryAfter: '3600',
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.rate_limited'] },
});
