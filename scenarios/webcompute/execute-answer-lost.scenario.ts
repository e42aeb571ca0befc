import { scenario } from 'faultline';

export default scenario('webcompute/execute-answer-lost', {
  title: 'playwright.execute runs but its answer is lost on the wire: resend with the same Idempotency-Key',
  sources: ['webcompute:retry_config:retryConnectionErrors'],
  schedule: [{ fault: 'network.reset' }],
  expect: { end: ['accept'], kinds: ['transport.connection_reset'] },
});
