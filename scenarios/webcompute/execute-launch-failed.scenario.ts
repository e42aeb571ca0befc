import { scenario } from 'faultline';

export default scenario('webcompute/execute-launch-failed', {
  title: 'BROWSER_LAUNCH_FAILED twice: one retry with a fresh browser, then stop',
  sources: ['webcompute:browser_server:BROWSER_LAUNCH_FAILED'],
  schedule: [
    {
      fault: 'webcompute.execute',
      with: { code: 'BROWSER_LAUNCH_FAILED', message: 'Chrome could not launch' },
      times: 2,
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['browser.launch_failed'] },
});
