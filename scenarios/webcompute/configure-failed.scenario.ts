import { scenario } from 'faultline';

export default scenario('webcompute/configure-failed', {
  title: 'BROWSER_CONFIGURE_FAILED (502): retry on a fresh browser, not the same one',
  sources: ['webcompute:gateway:BROWSER_CONFIGURE_FAILED'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: { status: 502, code: 'BROWSER_CONFIGURE_FAILED', type: 'upstream_error', retryable: true },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.upstream'] },
});
