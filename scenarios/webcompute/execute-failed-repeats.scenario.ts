import { scenario } from 'faultline';

export default scenario('webcompute/execute-failed-repeats', {
  title: 'EXECUTE_FAILED twice: one unchanged retry only, then stop',
  sources: ['webcompute:browser_server:EXECUTE_FAILED', 'webcompute:execute:success'],
  schedule: [{ fault: 'webcompute.execute', with: { code: 'EXECUTE_FAILED' }, times: 2 }],
  expect: { end: ['abort', 'escalate'], kinds: ['browser.execute_failed'] },
});
