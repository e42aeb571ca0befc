import { scenario } from 'faultline';

export default scenario('hcompany/environment-error-retried', {
  title: 'The environment crashes twice, then the session completes',
  sources: ['hcompany:error_code:environment_error', 'hcompany:status:failed'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: {
        status: 'failed',
        error_code: 'environment_error',
        error: 'The session environment failed.',
      },
      times: 2,
    },
  ],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
