import { scenario } from 'faultline';

export default scenario('problem/idempotency-in-flight', {
  title: '409: the first request with this Idempotency-Key still runs; wait the retry_after_ms and resend the same key',
  sources: ['problem:idempotency:in_flight', 'problem:status:409', 'problem:extension:retry_after_ms'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 409,
        type: 'https://problems.faultline.test/idempotency-key-in-progress',
        title: 'A request with this key is in progress',
        is_retriable: true,
        retry_after_ms: 1500,
      },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.idempotency_in_flight'] },
});
