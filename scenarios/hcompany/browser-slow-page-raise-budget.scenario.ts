import { scenario } from 'faultline';

export default scenario('hcompany/browser-slow-page-raise-budget', {
  title:
    'A page slower than the time budget: only a raised budget lets the session finish (a narrowed task, also allowed, never does: then stop at the bound)',
  sources: ['hcompany:error_code:timeout', 'hcompany:error_code:no_answer'],
  // maxTimeS 300 plays as a 300 ms navigation timeout; the page needs 450 ms; a doubled budget waits 600 ms.
  schedule: [
    { fault: 'site.page', with: { page: '/slow', query: { ms: '450' }, timeoutMs: 'budget' }, times: 'always' },
  ],
  expect: { end: ['accept', 'abort', 'escalate'], kinds: ['agent.timed_out'] },
});
