import { scenario } from 'faultline';

export default scenario('skyvern/html-429-page', {
  title: 'A 429 with an HTML body and Retry-After: the status decides, the wait is honoured',
  sources: ['skyvern:http:429'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 429,
        headers: { 'content-type': 'text/html', 'retry-after': '3' },
        body: '<html><body><h1>429 Too Many Requests</h1></body></html>',
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.rate_limited'] },
});
