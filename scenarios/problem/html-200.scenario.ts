import { scenario } from 'faultline';

export default scenario('problem/html-200', {
  title: 'A 200 answered with an HTML page instead of JSON: malformed, retry with backoff',
  sources: ['problem:transport:malformed'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 200,
        headers: { 'content-type': 'text/html' },
        body: '<!doctype html><html><body>Please wait…</body></html>',
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['transport.malformed_response'] },
});
