import { scenario } from 'faultline';

// Teeth: `next` alone decides. The status alone (503) would be retried; nothing says not retryable.
export default scenario('webcompute/unavailable-next-abort', {
  title:
    'A 503 whose envelope says next: abort (the region is shut down for good): stop, although a 503 alone is retried',
  sources: ['webcompute:next:abort', 'webcompute:http_status:503'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 503,
        json: { type: 'service_unavailable', message: 'Region eu-west-9 is shut down', next: 'abort' },
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.unavailable'] },
});
