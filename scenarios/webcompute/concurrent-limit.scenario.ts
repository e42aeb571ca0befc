import { scenario } from 'faultline';

export default scenario('webcompute/concurrent-limit', {
  title: 'The concurrency limit is reached twice: wait and retry',
  sources: ['webcompute:gateway:CONCURRENT_LIMIT'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: {
        status: 429,
        code: 'CONCURRENT_LIMIT',
        type: 'resource_limit',
        retryable: true,
        retryAfter: '5',
      },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.concurrency_limit'] },
});
