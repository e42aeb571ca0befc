import { scenario } from 'faultline';

export default scenario('problem/connection-reset', {
  title: 'The connection is reset mid-request (real ECONNRESET): retry',
  sources: ['problem:transport:ECONNRESET'],
  schedule: [{ fault: 'network.reset' }],
  expect: { end: ['accept'], kinds: ['transport.connection_reset'] },
});
