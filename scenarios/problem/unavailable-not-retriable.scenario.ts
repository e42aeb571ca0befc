import { scenario } from 'faultline';

export default scenario('problem/unavailable-not-retriable', {
  title: '503 marked is_retriable: false: do not retry unchanged; stop',
  sources: ['problem:status:503', 'problem:extension:is_retriable'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 503,
        type: 'https://problems.faultline.test/service-unavailable',
        title: 'Service decommissioned',
        is_retriable: false,
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.unavailable'] },
});
