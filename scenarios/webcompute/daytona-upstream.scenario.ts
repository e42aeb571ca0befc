import { scenario } from 'faultline';

export default scenario('webcompute/daytona-upstream', {
  title: 'The sandbox provider fails twice: retry on a fresh browser',
  sources: ['webcompute:gateway:DAYTONA_ERROR', 'webcompute:http_status:502'],
  schedule: [
    {
      fault: 'webcompute.gateway',
      with: { status: 502, code: 'DAYTONA_ERROR', type: 'upstream', retryable: true },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.upstream'] },
});
