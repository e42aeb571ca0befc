import { scenario } from 'faultline';

export default scenario('hcompany/rate-limited-retry-after-30-thrice', {
  title:
    "Three 429s with Retry-After: 30 on create (H Company's 429 is its concurrency limit): wait at least 30 s before each resend, then succeed",
  sources: ['hcompany:http:429'],
  schedule: [
    {
      fault: 'http.response',
      with: { status: 429, headers: { 'retry-after': '30' }, json: { detail: 'Rate limit exceeded' } },
      times: 3,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.concurrency_limit'] },
});
