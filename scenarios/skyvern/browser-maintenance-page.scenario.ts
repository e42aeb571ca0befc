import { scenario } from 'faultline';

export default scenario('skyvern/browser-maintenance-page', {
  title: 'The site really answers 503 for maintenance: the run terminates with maintenance, wait long',
  sources: ['skyvern:error_code:maintenance'],
  schedule: [{ fault: 'site.page', with: { page: '/maintenance' } }],
  expect: { end: ['accept'], kinds: ['agent.site_maintenance'] },
});
