import { scenario } from 'faultline';

export default scenario('hcompany/browser-slow-page-raise-budget', {
  title: 'A page slower than the time budget: only a raised budget lets the session finish',
  sources: ['hcompany:error_code:timeout'],
  // maxTimeS 300 plays as a 300 ms navigation timeout; the page needs 450 ms; a doubled budget waits 600 ms.
  schedule: [{ fault: 'site.page', with: { page: '/slow', query: { ms: '450' }, timeoutMs: 'budget' }, times: 'always' }],
  expect: { end: ['accept'], kinds: ['agent.timed_out'] },
});
