import { scenario } from 'faultline';

export default scenario('webcompute/execute-browser-crashed', {
  title: 'BROWSER_CRASHED from execute: retry on a fresh browser',
  sources: ['webcompute:browser_server:BROWSER_CRASHED'],
  schedule: [{ fault: 'webcompute.execute', with: { code: 'BROWSER_CRASHED', message: 'Target crashed' } }],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
