import { scenario } from 'faultline';

export default scenario('webcompute/invalid-request-param', {
  title: 'invalid_request (400) naming the bad param, next: change_request: abort or have the request reviewed',
  sources: ['webcompute:normalized:invalid_request', 'webcompute:http_status:400', 'webcompute:error_field:param'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: {
        status: 400,
        code: 'invalid_request',
        type: 'invalid_request',
        retryable: false,
        next: 'change_request',
        param: 'viewport.width',
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.invalid_request'] },
});
