import { scenario } from 'faultline';

export default scenario('webcompute/session-not-found-legacy', {
  title: 'The legacy alias SESSION_NOT_FOUND means the same as BROWSER_NOT_FOUND: abort or a fresh browser',
  sources: ['webcompute:gateway:SESSION_NOT_FOUND'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: { status: 404, code: 'SESSION_NOT_FOUND', type: 'not_found', retryable: false },
    },
  ],
  expect: { end: ['abort', 'accept'], kinds: ['platform.not_found'] },
});
