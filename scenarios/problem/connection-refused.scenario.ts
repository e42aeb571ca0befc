import { scenario } from 'faultline';

export default scenario('problem/connection-refused', {
  title: 'The API refuses connections twice (real ECONNREFUSED): back off and retry',
  sources: ['problem:transport:ECONNREFUSED'],
  schedule: [{ fault: 'network.refused', times: 2 }],
  expect: { end: ['accept'], kinds: ['transport.connection_refused'] },
});
