import { scenario } from 'faultline';

export default scenario('hcompany/http-503-unavailable', {
  title: 'The API is unavailable (503, Retry-After 30): wait the 30 s, then it answers',
  sources: ['hcompany:http:503'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 503,
        headers: { 'retry-after': '30' },
        json: { detail: 'Service temporarily unavailable' },
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.unavailable'] },
});
