import { scenario } from 'faultline';

export default scenario('webcompute/sdk-base-error-unavailable', {
  title: 'The base WebcomputeError with only statusCode 503, twice: unavailable, back off and retry',
  sources: ['webcompute:sdk_class:WebcomputeError', 'webcompute:error_field:statusCode'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'WebcomputeError', statusCode: 503, retryable: true, message: 'Service unavailable' },
      times: 3,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.unavailable'] },
});
