import { scenario } from 'faultline';

// Teeth: seven backoff retries in a row across four kinds, within every bound (see problem/outage-crossing-kinds).
// H Company's 429 is a concurrency limit, not a rate limit (its reference, "Rate limits").
export default scenario('hcompany/outage-crossing-kinds', {
  title:
    'An outage that changes shape: 503s without Retry-After, resets, 429s, a refused connection: one backoff, growing to its cap',
  sources: ['hcompany:http:503', 'hcompany:transport:ECONNRESET'],
  schedule: [
    {
      fault: 'http.response',
      with: { status: 503, json: { detail: 'Service temporarily unavailable' } },
      times: 2,
    },
    { fault: 'network.reset', times: 2 },
    {
      fault: 'http.response',
      with: { status: 429, json: { detail: 'Rate limit exceeded' } },
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
