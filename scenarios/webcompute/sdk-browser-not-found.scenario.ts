import { scenario } from 'faultline';

export default scenario('webcompute/sdk-browser-not-found', {
  title: 'NotFoundError with code browser_not_found: the browser is gone, abort or use a fresh one',
  sources: ['webcompute:normalized:browser_not_found', 'webcompute:error_field:code'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'NotFoundError', statusCode: 404, code: 'browser_not_found', retryable: false },
    },
  ],
  expect: { end: ['abort', 'accept'], kinds: ['platform.not_found'] },
});
