import { scenario } from 'faultline';

// Teeth: Retry-After alone decides the wait, on a status (409) where clients rarely read it.
export default scenario('webcompute/browser-configuring-retry-after', {
  title: 'The browser is still configuring (409) and Retry-After says 5 s, twice: wait the 5 s each time',
  sources: ['webcompute:gateway:browser_configuring', 'webcompute:http_status:409'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: { status: 409, code: 'browser_configuring', type: 'conflict', retryable: true, retryAfter: '5' },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.wrong_state'] },
});
