import { scenario } from 'faultline';

export default scenario('hcompany/rate-limited-wait-an-hour', {
  title:
    "A 429 (H Company's concurrency limit) asks to come back in an hour (Retry-After: 3600): wait the hour, then succeed",
  sources: ['hcompany:http:429'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 429,
        headers: { 'retry-after': '3600' },
        json: { detail: 'Rate limit exceeded, try again later' },
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.concurrency_limit'] },
});
