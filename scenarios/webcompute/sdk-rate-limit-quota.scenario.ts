import { scenario } from 'faultline';

export default scenario('webcompute/sdk-rate-limit-quota', {
  title: 'RateLimitError whose code says quota_exceeded: a spent quota, not a rate limit; stop or ask a human',
  sources: ['webcompute:sdk_class:RateLimitError', 'webcompute:normalized:quota_exceeded'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: {
        name: 'RateLimitError',
        statusCode: 429,
        code: 'quota_exceeded',
        retryable: false,
        message: 'Monthly quota exceeded',
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.quota_exceeded'] },
});
