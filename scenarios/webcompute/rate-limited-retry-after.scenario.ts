import { scenario } from 'faultline';

export default scenario('webcompute/rate-limited-retry-after', {
  title: 'Rate limited three times with Retry-After: 2, then through',
  sources: ['webcompute:gateway:RATE_LIMITED', 'webcompute:http_status:429'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: {
        status: 429,
        code: 'RATE_LIMITED',
        type: 'rate_limit',
        retryable: true,
        retryAfter: '2',
      },
      times: 3,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.rate_limited'] },
});
