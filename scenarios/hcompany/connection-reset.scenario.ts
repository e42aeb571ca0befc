import { scenario } from 'faultline';

export default scenario('hcompany/connection-reset', {
  title: 'The connection is reset three times: retry unchanged with growing, jittered backoff',
  sources: ['hcompany:transport:ECONNRESET'],
  schedule: [{ fault: 'network.reset', times: 3 }],
  expect: { end: ['accept'], kinds: ['transport.connection_reset'] },
});
