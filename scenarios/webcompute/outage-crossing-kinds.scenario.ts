import { scenario } from 'faultline';

// Teeth: seven backoff retries in a row across four kinds, within every bound (see problem/outage-crossing-kinds).
export default scenario('webcompute/outage-crossing-kinds', {
  title:
    'An outage that changes shape: 503s, dropped connections, then the concurrency limit: one backoff, growing to its cap',
  sources: [
    'webcompute:http_status:503',
    'webcompute:gateway:CONCURRENT_LIMIT',
    'webcompute:retry_config:maxIntervalMs',
  ],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 503,
        json: { type: 'service_unavailable', message: 'Service unavailable', retryable: true },
      },
      times: 2,
    },
    { fault: 'network.reset', times: 2 },
    {
      fault: 'webcompute.gateway',
      with: { status: 429, code: 'CONCURRENT_LIMIT', type: 'rate_limit', retryable: true },
      times: 2,
    },
    { fault: 'network.refused' },
  ],
  expect: {
    end: ['accept'],
    kinds: [
      'platform.unavailable',
      'transport.connection_reset',
      'platform.concurrency_limit',
      'transport.connection_refused',
    ],
  },
});
