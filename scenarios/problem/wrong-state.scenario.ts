import { scenario } from 'faultline';

export default scenario('problem/wrong-state', {
  title: '409 wrong state (the run is still starting): wait and retry unchanged',
  sources: ['problem:status:409', 'problem:field:type'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 409,
        type: 'https://problems.faultline.test/run-wrong-state',
        title: 'The run is still starting',
        is_retriable: true,
        retry_after_ms: 2000,
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.wrong_state'] },
});
