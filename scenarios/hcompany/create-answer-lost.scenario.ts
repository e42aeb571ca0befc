import { scenario } from '../../harness/scenario/index.ts';

export default scenario('hcompany/create-answer-lost', {
  title: 'The create is processed but its answer is lost on the wire: resend with the same Idempotency-Key',
  provider: 'hcompany',
  schedule: [{ fault: 'network.reset' }],
  expect: { end: ['accept'], kinds: ['transport.connection_reset'] },
});
