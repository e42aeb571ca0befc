import { scenario } from 'faultline';

export default scenario('skyvern/failed-retried', {
  title: 'A run fails on a browser crash: infrastructure, a retry may work',
  sources: ['skyvern:status:failed'],
  schedule: [
    {
      fault: 'skyvern.run',
      with: { status: 'failed', failure_reason: 'Browser crashed while navigating' },
    },
  ],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
