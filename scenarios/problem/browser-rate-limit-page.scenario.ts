import { scenario } from 'faultline';

export default scenario('problem/browser-rate-limit-page', {
  title: 'A real site 429 reported as site-rate-limited with retry_after_ms: wait and change proxy',
  sources: ['problem:status:429'],
  schedule: [{ fault: 'site.page', with: { page: '/rate-limit' } }],
  expect: { end: ['accept'], kinds: ['agent.site_rate_limited'] },
});
