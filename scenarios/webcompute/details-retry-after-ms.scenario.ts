import { scenario } from 'faultline';

export default scenario('webcompute/details-retry-after-ms', {
  title: 'A 429 envelope whose details ask for 7 s (details.retryAfterMs): wait at least that',
  sources: ['webcompute:error_field:details', 'webcompute:error_field:helpUrl', 'webcompute:error_field:requestId'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 429,
        json: {
          error: {
            code: 'RATE_LIMITED',
            type: 'rate_limit',
            message: 'Rate limit reached',
            retryable: true,
            requestId: 'req_429',
            details: { retryAfterMs: 7000 },
            helpUrl: 'https://docs.webcompute.dev/errors/RATE_LIMITED',
          },
        },
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.rate_limited'] },
});
