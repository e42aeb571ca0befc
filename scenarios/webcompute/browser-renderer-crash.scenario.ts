import { scenario } from 'faultline';

export default scenario('webcompute/browser-renderer-crash', {
  title: 'The renderer really crashes during browser code: BROWSER_CRASHED',
  sources: ['webcompute:browser_server:BROWSER_CRASHED'],
  schedule: [{ fault: 'browser.crash' }],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
