import { scenario } from '../../harness/scenario/index.ts';

export default scenario('webcompute/execute-answer-lost', {
  title: 'playwright.execute runs but its answer is lost on the wire: resend with the same Idempotency-Key',
  provider: 'webcompute',
  sources: ['webcompute:retry_config:retryConnectionErrors'],
  schedule: [{ fault: 'network.reset' }],
  expect: { end: ['accept'], kinds: ['transport.connection_reset'] },
});
