import { scenario } from 'faultline';

export default scenario('playwright/context-closed', {
  title: 'The context is closed under the script: retry on a fresh browser',
  sources: ['playwright:error:target_closed'],
  schedule: [{ fault: 'browser.context_closed' }],
  expect: { end: ['accept'], kinds: ['browser.disconnected'] },
});
