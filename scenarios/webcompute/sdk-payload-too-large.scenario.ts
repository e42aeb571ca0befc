import { scenario } from 'faultline';

export default scenario('webcompute/sdk-payload-too-large', {
  title: 'PayloadTooLargeError (413): abort or narrow the task, never resend the same payload',
  sources: ['webcompute:sdk_class:PayloadTooLargeError'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'PayloadTooLargeError', statusCode: 413, retryable: false, message: 'Script exceeds 1 MB' },
    },
  ],
  expect: { end: ['abort', 'accept'], kinds: ['platform.payload_too_large'] },
});
