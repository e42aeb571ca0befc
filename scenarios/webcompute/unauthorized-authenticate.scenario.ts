import { CANARY_API_KEY, scenario } from 'faultline';

export default scenario('webcompute/unauthorized-authenticate', {
  title: 'A missing API key with next: authenticate: refresh credentials or escalate',
  sources: ['webcompute:gateway:UNAUTHORIZED', 'webcompute:next:authenticate'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: {
        status: 401,
        code: 'UNAUTHORIZED',
        type: 'authentication',
        retryable: false,
        next: 'authenticate',
        // A canary key echoed back: the secrets self-test checks it never reaches a report.
        message: `API key ${CANARY_API_KEY} is not valid`,
      },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['platform.unauthorized'] },
});
