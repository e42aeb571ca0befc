import { scenario } from 'faultline';

export default scenario('hcompany/browser-selector-missing', {
  title: 'The answer is not on the page: the agent stops without one (no_answer)',
  sources: ['hcompany:error_code:no_answer'],
  schedule: [{ fault: 'site.page', with: { page: '/no-selector' } }],
  expect: { end: ['accept'], kinds: ['agent.out_of_budget'] },
});
