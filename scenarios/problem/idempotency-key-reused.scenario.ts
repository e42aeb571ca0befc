import { scenario } from 'faultline';

export default scenario('problem/idempotency-key-reused', {
  title: 'The same Idempotency-Key was sent with a different body: a caller bug, abort',
  sources: ['problem:idempotency:key_reused'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 422,
        type: 'https://problems.faultline.test/idempotency-key-reused',
        title: 'Idempotency key reused with a different request',
        is_retriable: false,
      },
    },
  ],
  expect: { end: ['abort'], kinds: ['platform.idempotency_mismatch'] },
});
