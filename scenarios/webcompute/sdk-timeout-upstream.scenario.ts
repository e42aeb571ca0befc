import { scenario } from 'faultline';

export default scenario('webcompute/sdk-timeout-upstream', {
  title: 'TimeoutError with code upstream_timeout: retry with a fresh browser or a narrower task',
  sources: ['webcompute:sdk_class:TimeoutError', 'webcompute:normalized:upstream_timeout'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'TimeoutError', statusCode: 504, code: 'upstream_timeout', retryable: true },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.timeout'] },
});
