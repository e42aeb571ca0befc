import { scenario } from 'faultline';

export default scenario('cli/usage-error', {
  title: 'Exit 64 (EX_USAGE), code usage, not retriable: the invocation is wrong; abort or have it reviewed',
  sources: ['cli:exit:64', 'cli:field:code', 'cli:field:is_retriable'],
  schedule: [
    {
      fault: 'cli.error',
      with: {
        exit: 64,
        code: 'usage',
        message: 'unknown flag --max-step (did you mean --max-steps?)',
        is_retriable: false,
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.invalid_request'] },
});
