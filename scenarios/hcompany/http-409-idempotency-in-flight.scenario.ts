import { scenario } from 'faultline';

export default scenario('hcompany/http-409-idempotency-in-flight', {
  title: 'The first request with this Idempotency-Key still runs (409): wait and resend it unchanged',
  sources: ['hcompany:http:409'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 409,
        json: { detail: 'A request with this Idempotency-Key is still in progress' },
      },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.idempotency_in_flight'] },
});
