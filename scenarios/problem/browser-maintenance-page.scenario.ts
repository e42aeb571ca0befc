import { scenario } from 'faultline';

export default scenario('problem/browser-maintenance-page', {
  title: 'A real maintenance page reported with retry_after_ms 120 000: wait at least that long',
  sources: ['problem:extension:retry_after_ms'],
  schedule: [{ fault: 'site.page', with: { page: '/maintenance' } }],
  expect: { end: ['accept'], kinds: ['agent.site_maintenance'] },
});
