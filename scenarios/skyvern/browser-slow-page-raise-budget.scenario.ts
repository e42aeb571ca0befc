import { scenario } from 'faultline';

export default scenario('skyvern/browser-slow-page-raise-budget', {
  title:
    'A page slower than the run budget: the run times out until the budget is raised (a narrowed task, also allowed, never finishes: then stop at the bound)',
  sources: ['skyvern:status:timed_out'],
  schedule: [
    { fault: 'site.page', with: { page: '/slow', query: { ms: '450' }, timeoutMs: 'budget' }, times: 'always' },
  ],
  expect: { end: ['accept', 'abort', 'escalate'], kinds: ['agent.out_of_budget'] },
});
