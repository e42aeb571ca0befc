import { scenario } from 'faultline';

export default scenario('webcompute/health-timeout', {
  title: 'The browser never became healthy (504): retry with a fresh browser',
  sources: ['webcompute:gateway:BROWSER_HEALTH_TIMEOUT'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: { status: 504, code: 'BROWSER_HEALTH_TIMEOUT', type: 'timeout', retryable: true },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.timeout'] },
});
