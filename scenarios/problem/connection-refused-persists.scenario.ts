import { scenario } from 'faultline';

export default scenario('problem/connection-refused-persists', {
  title: 'The API refuses every connection: at most three backoff retries, then stop',
  sources: ['problem:transport:ECONNREFUSED'],
  schedule: [{ fault: 'network.refused', times: 4 }],
  expect: { end: ['abort', 'escalate'], kinds: ['transport.connection_refused'] },
});
