import { scenario } from 'faultline';

export default scenario('skyvern/browser-proxy-bad-gateway', {
  title: 'The proxy answers 502: the run fails, retry',
  sources: ['skyvern:status:failed'],
  schedule: [{ fault: 'proxy.toxic', with: { toxic: 'bad_gateway' } }],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
