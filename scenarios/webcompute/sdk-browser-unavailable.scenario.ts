import { scenario } from 'faultline';

export default scenario('webcompute/sdk-browser-unavailable', {
  title: 'BrowserUnavailableError (browser_unavailable): the runtime crashed, retry on a fresh browser',
  sources: ['webcompute:sdk_class:BrowserUnavailableError', 'webcompute:normalized:browser_unavailable'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'BrowserUnavailableError', statusCode: 503, code: 'browser_unavailable', retryable: true },
    },
  ],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
