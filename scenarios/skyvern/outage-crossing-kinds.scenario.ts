import { scenario } from 'faultline';

// Teeth: seven backoff retries in a row across four kinds, within every bound (see problem/outage-crossing-kinds).
export default scenario('skyvern/outage-crossing-kinds', {
  title:
    'An outage that changes shape: 503 three times, a refused connection, a 429 without a wait, resets: one backoff, growing to its cap',
  sources: ['skyvern:transport:ECONNREFUSED'],
  schedule: [
    {
      fault: 'http.response',
      with: { status: 503, json: { detail: 'Service Unavailable' } },
      times: 3,
    },
    // Three dropped connections, as on H Company (see problem/outage-crossing-kinds).
    { fault: 'network.refused' },
    { fault: 'http.response', with: { status: 429, json: { detail: 'Rate limit exceeded' } } },
    { fault: 'network.reset', times: 2 },
  ],
  expect: {
    end: ['accept'],
    kinds: [
      'platform.unavailable',
      'transport.connection_refused',
      'platform.rate_limited',
      'transport.connection_reset',
    ],
  },
});
