import { scenario } from 'faultline';

export default scenario('problem/truncated-json', {
  title: 'A 200 whose JSON body is cut off: malformed, retried like a transport fault',
  sources: ['problem:transport:malformed'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: '{"product": "Framework 13", "pri',
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['transport.malformed_response'] },
});
