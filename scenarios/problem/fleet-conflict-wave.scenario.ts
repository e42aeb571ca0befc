import { scenario } from 'faultline';

export default scenario('problem/fleet-conflict-wave', {
  title: '8 tasks whose first runs all meet a 409 at the same instant: their retries must not come back together',
  sources: ['problem:pattern:jitter', 'problem:status:409'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 409,
        type: 'https://problems.faultline.test/operation-in-progress',
        title: 'Conflict',
        detail: 'Another operation is in progress',
        is_retriable: true,
      },
      times: 8,
    },
  ],
  fleet: { tasks: 8, platform: [] },
  expect: { end: ['accept'], kinds: ['platform.wrong_state'] },
});
