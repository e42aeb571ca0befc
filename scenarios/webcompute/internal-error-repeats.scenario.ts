import { scenario } from 'faultline';

export default scenario('webcompute/internal-error-repeats', {
  title: 'INTERNAL_ERROR (500) twice: retry once unchanged, then stop',
  sources: ['webcompute:gateway:INTERNAL_ERROR', 'webcompute:http_status:500'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: { status: 500, code: 'INTERNAL_ERROR', type: 'internal_error', retryable: true },
      times: 2,
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.internal'] },
});
