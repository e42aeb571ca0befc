import { scenario } from 'faultline';

export default scenario('webcompute/quick-action-timeout-persists', {
  title:
    'A quick action (POST /v1/scrape) times out four times (504 QUICK_ACTION_TIMEOUT): narrow it (selector, maxChars) before each retry, then give up',
  sources: ['webcompute:gateway:QUICK_ACTION_TIMEOUT', 'webcompute:http_status:504'],
  task: { prompt: 'https://shop.example.test/laptop' },
  schedule: [{ fault: 'webcompute.quick_action', with: { code: 'QUICK_ACTION_TIMEOUT' }, times: 4 }],
  expect: { end: ['abort'], kinds: ['platform.timeout'] },
});
