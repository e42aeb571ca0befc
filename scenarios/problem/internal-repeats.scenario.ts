import { scenario } from 'faultline';

export default scenario('problem/internal-repeats', {
  title: '500 internal error twice, with a trace_id for support: retry once, then stop',
  sources: ['problem:status:500', 'problem:extension:trace_id'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 500,
        type: 'https://problems.faultline.test/internal-error',
        title: 'Internal error',
        is_retriable: true,
      },
      times: 2,
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.internal'] },
});
