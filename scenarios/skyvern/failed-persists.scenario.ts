import { scenario } from 'faultline';

export default scenario('skyvern/failed-persists', {
  title: 'The run fails on every attempt: retry at most three times, then stop',
  sources: ['skyvern:status:failed'],
  schedule: [{ fault: 'skyvern.run', with: { status: 'failed', failure_reason: 'Browser crashed' }, times: 4 }],
  expect: { end: ['abort', 'escalate'], kinds: ['browser.crashed'] },
});
