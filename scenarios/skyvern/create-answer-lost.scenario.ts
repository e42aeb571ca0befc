import { scenario } from 'faultline';

export default scenario('skyvern/create-answer-lost', {
  title: 'run_task is processed but its answer is lost on the wire: resend with the same Idempotency-Key',
  schedule: [{ fault: 'network.reset' }],
  expect: { end: ['accept'], kinds: ['transport.connection_reset'] },
});
