import { scenario } from 'faultline';

export default scenario('cli/software-error-repeats', {
  title: 'Exit 70 (EX_SOFTWARE) twice, with a trace_id for support: retry once, then stop',
  sources: ['cli:exit:70', 'cli:field:trace_id'],
  schedule: [
    {
      fault: 'cli.error',
      with: { exit: 70, code: 'internal', message: 'unexpected error; report trace_id', is_retriable: true },
      times: 2,
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.internal'] },
});
