import { scenario } from 'faultline';

export default scenario('skyvern/failed-custom-code-download-failed', {
  title:
    'A failed run with a user-defined code (download_failed): retry, as is or on a fresh browser, or do what the user mapped the code to',
  sources: ['skyvern:mapping:download_failed', 'skyvern:status:failed'],
  schedule: [
    {
      fault: 'skyvern.run',
      with: {
        status: 'failed',
        output: { error: 'download_failed' },
        failure_reason: 'Invoice exists but download button is broken',
      },
    },
  ],
  expect: { end: ['accept', 'abort', 'escalate'], kinds: ['browser.crashed'] },
});
