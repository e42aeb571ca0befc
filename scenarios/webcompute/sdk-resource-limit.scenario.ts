import { scenario } from 'faultline';

export default scenario('webcompute/sdk-resource-limit', {
  title: 'ResourceLimitError three times (retryable, no wait given): back off, growing and jittered',
  sources: ['webcompute:sdk_class:ResourceLimitError', 'webcompute:error_field:retryable'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'ResourceLimitError', statusCode: 429, retryable: true, message: 'Too many browsers' },
      times: 3,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.concurrency_limit'] },
});
