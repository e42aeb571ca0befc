import { scenario } from 'faultline';

export default scenario('webcompute/rate-limited-persists', {
  title: 'rate_limited on every attempt: the SDK stops after maxRetries 3, so must the handler',
  sources: ['webcompute:normalized:rate_limited', 'webcompute:retry_config:maxRetries'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: { status: 429, code: 'rate_limited', type: 'rate_limit', retryable: true, retryAfter: '1' },
      times: 4,
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.rate_limited'] },
});
