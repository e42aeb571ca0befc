import { scenario } from 'faultline';

export default scenario('webcompute/quick-action-timeout', {
  title: 'QUICK_ACTION_TIMEOUT (504): narrow the quick action before retrying',
  sources: ['webcompute:gateway:QUICK_ACTION_TIMEOUT', 'webcompute:http_status:504'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: { status: 504, code: 'QUICK_ACTION_TIMEOUT', type: 'timeout', retryable: true },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.timeout'] },
});
