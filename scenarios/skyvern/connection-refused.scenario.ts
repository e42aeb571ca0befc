import { scenario } from 'faultline';

export default scenario('skyvern/connection-refused', {
  title: 'The API refuses the connection three times: retry with growing, jittered backoff',
  sources: ['skyvern:transport:ECONNREFUSED'],
  schedule: [{ fault: 'network.refused', times: 3 }],
  expect: { end: ['accept'], kinds: ['transport.connection_refused'] },
});
