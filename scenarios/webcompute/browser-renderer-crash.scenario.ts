import { scenario } from '../../harness/scenario/index.ts';

export default scenario('webcompute/browser-renderer-crash', {
  title: 'The renderer really crashes during browser code: BROWSER_CRASHED',
  provider: 'webcompute',
  sources: ['webcompute:browser_server:BROWSER_CRASHED'],
  schedule: [{ fault: 'browser.crash' }],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
