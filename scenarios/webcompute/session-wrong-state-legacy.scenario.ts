import { scenario } from 'faultline';

export default scenario('webcompute/session-wrong-state-legacy', {
  title: 'The legacy alias SESSION_WRONG_STATE with Retry-After 3: wait at least 3 s, then retry unchanged',
  sources: ['webcompute:gateway:SESSION_WRONG_STATE'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: { status: 409, code: 'SESSION_WRONG_STATE', type: 'conflict', retryable: true, retryAfter: '3' },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.wrong_state'] },
});
