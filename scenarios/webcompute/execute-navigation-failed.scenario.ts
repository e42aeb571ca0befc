import { scenario } from 'faultline';

export default scenario('webcompute/execute-navigation-failed', {
  title:
    'NAVIGATION_FAILED (not a timeout, no net code to tell why) twice: retry on a fresh browser or proxy, at most twice, or stop',
  sources: ['webcompute:browser_server:NAVIGATION_FAILED'],
  schedule: [
    { fault: 'webcompute.execute', with: { code: 'NAVIGATION_FAILED', message: 'Navigation failed' }, times: 2 },
  ],
  expect: { end: ['accept', 'abort'], kinds: ['browser.navigation_failed'] },
});
