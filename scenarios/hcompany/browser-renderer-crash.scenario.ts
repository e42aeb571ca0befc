import { scenario } from 'faultline';

export default scenario('hcompany/browser-renderer-crash', {
  title: 'The renderer really crashes mid-session: environment_error, retry',
  sources: ['hcompany:error_code:environment_error'],
  schedule: [{ fault: 'browser.crash' }],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
