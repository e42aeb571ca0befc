import { scenario } from 'faultline';

export default scenario('webcompute/unavailable-backoff', {
  title: '503 three times with no wait given: back off from ≥ 100 ms, growing, jittered, capped at 30 s',
  sources: [
    'webcompute:http_status:503',
    'webcompute:retry_config:initialIntervalMs',
    'webcompute:retry_config:exponent',
    'webcompute:retry_config:jitter',
    'webcompute:retry_config:maxIntervalMs',
    'webcompute:retry_config:retryableStatusCodes',
  ],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 503,
        json: { type: 'service_unavailable', message: 'Service unavailable', retryable: true },
      },
      times: 3,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.unavailable'] },
});
