import { scenario } from 'faultline';

export default scenario('hcompany/internal-repeats', {
  title: 'An internal error repeats: retry once, then stop',
  sources: ['hcompany:error_code:internal'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: { status: 'failed', error_code: 'internal', error: 'An unexpected error occurred.' },
      times: 2,
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.internal'] },
});
