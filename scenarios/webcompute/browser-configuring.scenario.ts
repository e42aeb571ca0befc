import { scenario } from 'faultline';

export default scenario('webcompute/browser-configuring', {
  title: 'The browser is still configuring (409): wait for readiness and retry',
  sources: ['webcompute:gateway:browser_configuring'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: { status: 409, code: 'browser_configuring', type: 'conflict', retryable: true },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.wrong_state'] },
});
