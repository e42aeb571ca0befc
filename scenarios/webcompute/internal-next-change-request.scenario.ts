import { scenario } from 'faultline';

// Teeth: `next` alone decides. The kind alone (internal) would be retried once unchanged.
export default scenario('webcompute/internal-next-change-request', {
  title: 'INTERNAL_ERROR with next: change_request (this request trips a server bug): no unchanged retry',
  sources: ['webcompute:next:change_request', 'webcompute:gateway:INTERNAL_ERROR'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: {
        status: 500,
        code: 'INTERNAL_ERROR',
        type: 'internal_error',
        next: 'change_request',
        message: 'The script option "stealth" crashes the runtime',
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.internal'] },
});
