import { scenario } from 'faultline';

export default scenario('webcompute/operation-in-progress', {
  title: 'Another operation is in progress (409 operation_in_progress): wait the asked 5 s, retry unchanged',
  sources: ['webcompute:gateway:operation_in_progress', 'webcompute:normalized:operation_in_progress'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: { status: 409, code: 'operation_in_progress', type: 'conflict', retryable: true, retryAfter: '5' },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.wrong_state'] },
});
