import { scenario } from 'faultline';

export default scenario('hcompany/browser-dead-proxy', {
  title: "The session's proxy is dead: environment_error, retry",
  sources: ['hcompany:error_code:environment_error'],
  schedule: [{ fault: 'browser.proxy_refused' }],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
