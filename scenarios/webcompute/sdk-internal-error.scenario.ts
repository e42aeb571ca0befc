import { scenario } from 'faultline';

export default scenario('webcompute/sdk-internal-error', {
  title: 'InternalError (internal_error): retry once unchanged, then it works',
  sources: ['webcompute:sdk_class:InternalError', 'webcompute:normalized:internal_error'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'InternalError', statusCode: 500, code: 'internal_error', retryable: true },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.internal'] },
});
