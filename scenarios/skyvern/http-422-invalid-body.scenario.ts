import { scenario } from 'faultline';

export default scenario('skyvern/http-422-invalid-body', {
  title: 'run_task answers 422 with a FastAPI detail list: fix the request, never resend it unchanged',
  sources: ['skyvern:http:422'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 422,
        json: { detail: [{ loc: ['body', 'url'], msg: 'field required', type: 'missing' }] },
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.invalid_request'] },
});
