import { scenario } from 'faultline';

export default scenario('webcompute/browser-killed-mid-navigation', {
  title: 'The browser dies mid-navigation during browser code: BROWSER_CRASHED',
  sources: ['webcompute:browser_server:BROWSER_CRASHED'],
  schedule: [{ fault: 'browser.killed' }],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
