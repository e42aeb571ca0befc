import { scenario } from '../../harness/scenario/index.ts';

export default scenario('problem/validation-not-retriable', {
  title: 'A validation problem marked is_retriable: false: abort or escalate for review',
  provider: 'problem',
  sources: ['problem:field:type', 'problem:extension:errors'],
  schedule: [
    {
      fault: 'problem.document',
      with: {
        status: 422,
        type: 'https://api.example.com/problems/validation-error',
        title: 'Invalid request',
        is_retriable: false,
        errors: [{ field: 'max_steps', message: 'must be at most 100' }],
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.invalid_request'] },
});
