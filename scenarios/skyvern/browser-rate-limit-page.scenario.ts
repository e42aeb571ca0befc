import { scenario } from 'faultline';

export default scenario('skyvern/browser-rate-limit-page', {
  title: 'The site really rate-limits the agent (429): retry later through a new proxy',
  sources: ['skyvern:error_code:rate_limited'],
  schedule: [{ fault: 'site.page', with: { page: '/rate-limit' } }],
  expect: { end: ['accept'], kinds: ['agent.site_rate_limited'] },
});
