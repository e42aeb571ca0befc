import { scenario } from '../../harness/scenario/index.ts';

export default scenario('problem/connection-reset', {
  title: 'The connection is reset mid-request (real ECONNRESET): retry',
  provider: 'problem',
  sources: ['problem:transport:ECONNRESET'],
  schedule: [{ fault: 'network.reset' }],
  expect: { end: ['accept'], kinds: ['transport.connection_reset'] },
});
