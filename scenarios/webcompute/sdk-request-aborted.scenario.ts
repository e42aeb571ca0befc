import { scenario } from 'faultline';

export default scenario('webcompute/sdk-request-aborted', {
  title: 'RequestAbortedError (operation_cancelled): the caller aborted, never retry',
  sources: ['webcompute:sdk_class:RequestAbortedError', 'webcompute:normalized:operation_cancelled'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: {
        name: 'RequestAbortedError',
        code: 'operation_cancelled',
        retryable: false,
        message: 'The request was aborted',
      },
    },
  ],
  expect: { end: ['abort'], kinds: ['platform.canceled'] },
});
