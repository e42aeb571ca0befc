import { scenario } from 'faultline';

export default scenario('webcompute/sdk-connection-dns-persists', {
  title: 'DNS keeps failing (EAI_AGAIN) on every attempt: at most three retries, then stop',
  sources: ['webcompute:sdk_class:ConnectionError', 'webcompute:retry_config:maxRetries'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'ConnectionError', retryable: true, message: 'getaddrinfo EAI_AGAIN api.webcompute.dev' },
      times: 4,
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['transport.dns'] },
});
