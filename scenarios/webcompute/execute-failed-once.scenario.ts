import { scenario } from 'faultline';

export default scenario('webcompute/execute-failed-once', {
  title: 'EXECUTE_FAILED once: retry once unchanged, then the code runs',
  sources: ['webcompute:browser_server:EXECUTE_FAILED', 'webcompute:execute:error'],
  schedule: [
    {
      fault: 'webcompute.execute',
      with: { code: 'EXECUTE_FAILED', message: 'page.evaluate: Execution context was destroyed' },
    },
  ],
  expect: { end: ['accept'], kinds: ['browser.execute_failed'] },
});
