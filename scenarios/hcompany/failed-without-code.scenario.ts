import { scenario } from '../../harness/scenario/index.ts';

export default scenario('hcompany/failed-without-code', {
  title: 'A failed session with no error_code: handled like internal, retried once unchanged',
  provider: 'hcompany',
  sources: ['hcompany:status:failed', 'hcompany:error_code:unknown'],
  schedule: [{ fault: 'hcompany.session', with: { status: 'failed' } }],
  expect: { end: ['accept'], kinds: ['platform.internal'] },
});
