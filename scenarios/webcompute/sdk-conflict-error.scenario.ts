import { scenario } from 'faultline';

export default scenario('webcompute/sdk-conflict-error', {
  title: 'ConflictError (409) twice: the browser is busy, wait and retry unchanged',
  sources: ['webcompute:sdk_class:ConflictError'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'ConflictError', statusCode: 409, retryable: true, message: 'Browser is not ready' },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.wrong_state'] },
});
