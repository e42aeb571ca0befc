import { scenario } from 'faultline';

export default scenario('webcompute/authentication-failed', {
  title: 'authentication_failed (401), next: authenticate: refresh credentials once, then it works',
  sources: ['webcompute:normalized:authentication_failed', 'webcompute:http_status:401'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: {
        status: 401,
        code: 'authentication_failed',
        type: 'authentication_error',
        retryable: false,
        next: 'authenticate',
      },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['platform.unauthorized'] },
});
