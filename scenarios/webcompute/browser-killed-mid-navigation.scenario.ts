import { scenario } from '../../harness/scenario/index.ts';

export default scenario('webcompute/browser-killed-mid-navigation', {
  title: 'The browser dies mid-navigation during browser code: BROWSER_CRASHED',
  provider: 'webcompute',
  sources: ['webcompute:browser_server:BROWSER_CRASHED'],
  schedule: [{ fault: 'browser.killed' }],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
