import { scenario } from 'faultline';

export default scenario('hcompany/failed-without-code', {
  title: 'A failed session with no error_code: handled like internal, retried once unchanged',
  sources: ['hcompany:status:failed'],
  schedule: [{ fault: 'hcompany.session', with: { status: 'failed' } }],
  expect: { end: ['accept'], kinds: ['platform.internal'] },
});
