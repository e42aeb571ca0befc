import { scenario } from 'faultline';

export default scenario('problem/bad-request-errors', {
  title: '400 with per-field errors[]: the request must change, abort or have it reviewed',
  sources: ['problem:status:400', 'problem:extension:errors'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 400,
        type: 'about:blank',
        title: 'Bad Request',
        detail: '2 fields are invalid',
        errors: [
          { pointer: '/url', detail: 'must be an https URL' },
          { pointer: '/max_steps', detail: 'must be at most 100' },
        ],
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.invalid_request'] },
});
