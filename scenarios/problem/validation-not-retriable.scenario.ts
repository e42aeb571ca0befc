import { CANARY_API_KEY, scenario } from 'faultline';

export default scenario('problem/validation-not-retriable', {
  title: 'A validation problem marked is_retriable: false: abort or escalate for review',
  sources: ['problem:field:type', 'problem:extension:errors'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 422,
        type: 'https://problems.faultline.test/validation-error',
        title: 'Invalid request',
        is_retriable: false,
        errors: [{ field: 'max_steps', message: 'must be at most 100' }],
        // A canary key echoed back: the secrets self-test checks it never reaches a report.
        detail: `Request signed with ${CANARY_API_KEY} is invalid`,
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.invalid_request'] },
});
