import { scenario } from 'faultline';

// Teeth: retry_after_ms alone decides the wait, on a 500 (neither a 429 nor a 503).
export default scenario('problem/internal-retry-after-ms', {
  title: 'A 500 problem that asks for retry_after_ms: 4000 (a failover in progress): wait the 4 s',
  sources: ['problem:status:500', 'problem:extension:retry_after_ms'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 500,
        type: 'https://api.example.com/problems/server-error',
        title: 'Failover in progress',
        is_retriable: true,
        retry_after_ms: 4000,
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.internal'] },
});
