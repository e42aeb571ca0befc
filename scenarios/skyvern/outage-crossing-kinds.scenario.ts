import { scenario } from 'faultline';

// Teeth: seven backoff retries in a row across three kinds, within every bound (see problem/outage-crossing-kinds).
export default scenario('skyvern/outage-crossing-kinds', {
  title: 'An outage that changes shape: 503 four times, then a refused connection, then resets: one backoff, growing to its cap',
  sources: ['skyvern:transport:ECONNREFUSED'],
  schedule: [
    {
      fault: 'http.response',
      with: { status: 503, json: { detail: 'Service Unavailable' } },
      times: 4,
    },
    // Three dropped connections, as on H Company (see problem/outage-crossing-kinds).
    { fault: 'network.refused' },
    { fault: 'network.reset', times: 2 },
  ],
  expect: { end: ['accept'], kinds: ['platform.unavailable', 'transport.connection_refused', 'transport.connection_reset'] },
});
