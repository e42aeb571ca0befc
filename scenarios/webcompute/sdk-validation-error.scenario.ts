import { scenario } from 'faultline';

export default scenario('webcompute/sdk-validation-error', {
  title: 'ValidationError (400) on a parameter: fix the request, never resend it unchanged',
  sources: ['webcompute:sdk_class:ValidationError'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'ValidationError', statusCode: 400, retryable: false, message: 'url must be an absolute URL' },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.invalid_request'] },
});
