import { scenario } from '../../harness/scenario/index.ts';

export default scenario('webcompute/sdk-validation-error', {
  title: 'ValidationError (400) on a parameter: fix the request, never resend it unchanged',
  provider: 'webcompute',
  sources: ['webcompute:sdk_class:ValidationError'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'ValidationError', statusCode: 400, retryable: false, message: 'url must be an absolute URL' },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.invalid_request'] },
});
