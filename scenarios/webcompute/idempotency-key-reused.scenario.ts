import { scenario } from 'faultline';

export default scenario('webcompute/idempotency-key-reused', {
  title: 'The Idempotency-Key was reused with a different request (409): a caller bug, abort',
  sources: ['webcompute:gateway:idempotency_key_reused'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: {
        status: 409,
        code: 'idempotency_key_reused',
        type: 'idempotency_error',
        retryable: false,
        param: 'Idempotency-Key',
      },
    },
  ],
  expect: { end: ['abort'], kinds: ['platform.idempotency_mismatch'] },
});
