import { scenario } from 'faultline';

export default scenario('webcompute/browser-wrong-state', {
  title: 'BROWSER_WRONG_STATE twice (409): wait for the state to change and retry unchanged',
  sources: ['webcompute:gateway:BROWSER_WRONG_STATE', 'webcompute:http_status:409'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: { status: 409, code: 'BROWSER_WRONG_STATE', type: 'conflict', retryable: true, retryAfter: '2' },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.wrong_state'] },
});
