import { scenario } from '../../harness/scenario/index.ts';

export default scenario('hcompany/browser-renderer-crash', {
  title: 'The renderer really crashes mid-session: environment_error, retry',
  provider: 'hcompany',
  sources: ['hcompany:error_code:environment_error'],
  schedule: [{ fault: 'browser.crash' }],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
