import { scenario } from 'faultline';

// Teeth: the kind alone decides: no `retryable`, no `next`, no Retry-After.
export default scenario('webcompute/invalid-params-silent', {
  title: 'INVALID_PARAMS with no retryable and no next: the kind alone says a resend cannot succeed',
  sources: ['webcompute:gateway:INVALID_PARAMS', 'webcompute:http_status:400'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: { status: 400, code: 'INVALID_PARAMS', type: 'invalid_request', param: 'viewport.width' },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.invalid_request'] },
});
