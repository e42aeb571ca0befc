import { scenario } from 'faultline';

export default scenario('hcompany/browser-context-closed', {
  title: "The session's browser context is closed under the agent: environment_error",
  sources: ['hcompany:error_code:environment_error'],
  schedule: [{ fault: 'browser.context_closed' }],
  expect: { end: ['accept'], kinds: ['browser.crashed'] },
});
