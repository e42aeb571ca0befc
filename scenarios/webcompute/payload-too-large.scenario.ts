import { scenario } from 'faultline';

export default scenario('webcompute/payload-too-large', {
  title: 'payload_too_large (413): the request must shrink; abort or narrow the task, never resend it',
  sources: ['webcompute:normalized:payload_too_large', 'webcompute:http_status:413'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: { status: 413, code: 'payload_too_large', type: 'invalid_request', retryable: false, param: 'code' },
    },
  ],
  expect: { end: ['abort', 'accept'], kinds: ['platform.payload_too_large'] },
});
