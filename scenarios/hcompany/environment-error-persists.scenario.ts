import { scenario } from 'faultline';

export default scenario('hcompany/environment-error-persists', {
  title: 'The environment crashes on every attempt: retry at most three times, then stop',
  sources: ['hcompany:error_code:environment_error', 'hcompany:status:failed'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: { status: 'failed', error_code: 'environment_error', error: 'The session environment failed.' },
      times: 4,
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['browser.crashed'] },
});
