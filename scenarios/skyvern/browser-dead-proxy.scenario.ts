import { scenario } from 'faultline';

export default scenario('skyvern/browser-dead-proxy', {
  title: "The run's proxy is dead: the run fails, retry",
  sources: ['skyvern:status:failed'],
  schedule: [{ fault: 'browser.proxy_refused' }],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
