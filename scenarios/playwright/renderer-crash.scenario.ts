import { scenario } from 'faultline';

export default scenario('playwright/renderer-crash', {
  title: 'The renderer really crashes (chrome://crash): retry on a fresh browser',
  sources: ['playwright:error:target_crashed'],
  schedule: [{ fault: 'browser.crash' }],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
