import { scenario } from 'faultline';

export default scenario('skyvern/browser-renderer-crash', {
  title: 'The renderer really crashes mid-run: the run fails, retry',
  sources: ['skyvern:status:failed'],
  schedule: [{ fault: 'browser.crash' }],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
