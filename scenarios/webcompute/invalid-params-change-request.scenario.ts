import { scenario } from 'faultline';

export default scenario('webcompute/invalid-params-change-request', {
  title: 'Invalid parameters with next: change_request: never retry unchanged',
  sources: ['webcompute:gateway:INVALID_PARAMS', 'webcompute:next:change_request'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: {
        status: 400,
        code: 'INVALID_PARAMS',
        type: 'invalid_request',
        retryable: false,
        next: 'change_request',
        param: 'timeoutMs',
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.invalid_request'] },
});
