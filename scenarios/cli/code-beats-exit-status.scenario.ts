import { scenario } from 'faultline';

export default scenario('cli/code-beats-exit-status', {
  title:
    'Exit 1 with code unauthenticated: the code is more specific than the status; refresh the credentials once, or escalate them',
  sources: ['cli:exit:1', 'cli:field:code'],
  schedule: [
    {
      fault: 'cli.error',
      with: { exit: 1, code: 'unauthenticated', message: 'the API key has expired', is_retriable: false },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['platform.unauthorized'] },
});
