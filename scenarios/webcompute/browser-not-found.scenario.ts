import { scenario } from 'faultline';

export default scenario('webcompute/browser-not-found', {
  title: 'BROWSER_NOT_FOUND (404, not retryable): the browser is gone, abort or start a fresh one, never resend as is',
  sources: ['webcompute:gateway:BROWSER_NOT_FOUND', 'webcompute:http_status:404'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: {
        status: 404,
        code: 'BROWSER_NOT_FOUND',
        type: 'not_found',
        retryable: false,
        message: 'Browser brw_123 does not exist',
      },
    },
  ],
  expect: { end: ['abort', 'accept'], kinds: ['platform.not_found'] },
});
