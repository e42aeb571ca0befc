import { scenario } from '../../harness/scenario/index.ts';

export default scenario('webcompute/daytona-upstream', {
  title: 'The sandbox provider fails twice: retry on a fresh browser',
  provider: 'webcompute',
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
