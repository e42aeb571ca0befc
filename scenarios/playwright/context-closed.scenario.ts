import { scenario } from '../../harness/scenario/index.ts';

export default scenario('playwright/context-closed', {
  title: 'The context is closed under the script: retry on a fresh browser',
  provider: 'playwright',
  sources: ['playwright:error:target_closed'],
  schedule: [{ fault: 'browser.context_closed' }],
  expect: { end: ['accept'], kinds: ['browser.disconnected'] },
});
