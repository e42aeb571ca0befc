import { scenario } from 'faultline';

export default scenario('skyvern/failed-then-canceled', {
  title: 'A failed run is retried, then the retry is canceled by hand: stop there',
  sources: ['skyvern:status:failed', 'skyvern:status:canceled'],
  schedule: [
    { fault: 'skyvern.run', with: { status: 'failed', failure_reason: 'Network failure' } },
    { fault: 'skyvern.run', with: { status: 'canceled' } },
  ],
  expect: { end: ['abort'], kinds: ['browser.crashed', 'platform.canceled'] },
});
