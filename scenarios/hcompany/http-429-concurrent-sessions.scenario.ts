import { scenario } from 'faultline';

export default scenario('hcompany/http-429-concurrent-sessions', {
  title: 'Too many concurrent sessions with Retry-After: wait as long as asked, twice',
  sources: ['hcompany:http:429'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 429,
        headers: { 'retry-after': '4' },
        json: { detail: 'Too many concurrent sessions for this workspace' },
      },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.concurrency_limit'] },
});
