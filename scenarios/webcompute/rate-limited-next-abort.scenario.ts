import { scenario } from 'faultline';

export default scenario('webcompute/rate-limited-next-abort', {
  title: 'Rate limited with next: abort (a hard daily cap): stop, a retry is not wanted',
  sources: ['webcompute:next:abort', 'webcompute:error_field:next'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: {
        status: 429,
        code: 'RATE_LIMITED',
        type: 'rate_limit',
        retryable: false,
        next: 'abort',
        message: 'Daily browser-minute cap reached',
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.rate_limited'] },
});
