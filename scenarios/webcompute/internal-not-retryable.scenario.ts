import { scenario } from 'faultline';

// Teeth: `retryable` alone decides. The kind alone (internal) would be retried once unchanged; no `next`.
export default scenario('webcompute/internal-not-retryable', {
  title: 'INTERNAL_ERROR that the SDK marks retryable: false: no unchanged retry',
  sources: ['webcompute:error_field:retryable', 'webcompute:gateway:INTERNAL_ERROR'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: {
        status: 500,
        code: 'INTERNAL_ERROR',
        type: 'internal_error',
        retryable: false,
        message: 'Browser image is corrupt',
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.internal'] },
});
