import { scenario } from 'faultline';

export default scenario('hcompany/unknown-error-code', {
  title: 'A new error_code the client has never seen is treated like internal: one retry',
  sources: ['hcompany:error_code:unknown'],
  schedule: [
    {
      fault: 'hcompany.session',
      with: { status: 'failed', error_code: 'sandbox_evicted', error: 'The sandbox was evicted.' },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.internal'] },
});
