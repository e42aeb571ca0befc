import { scenario } from '../../harness/scenario/index.ts';

export default scenario('skyvern/connection-refused', {
  title: 'The API refuses the connection three times: retry with growing, jittered backoff',
  provider: 'skyvern',
  sources: ['skyvern:transport:ECONNREFUSED'],
  schedule: [{ fault: 'network.refused', times: 3 }],
  expect: { end: ['accept'], kinds: ['transport.connection_refused'] },
});
