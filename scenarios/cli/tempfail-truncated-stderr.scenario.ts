import { scenario } from 'faultline';

export default scenario('cli/tempfail-truncated-stderr', {
  title: 'Exit 75 (EX_TEMPFAIL) whose JSON error is cut off: the exit status decides; retry with backoff',
  sources: ['cli:exit:75', 'cli:stderr:malformed'],
  schedule: [
    { fault: 'cli.output', with: { exit: 75, stderr: '{"code":"rate_limited","is_retriable":true,"retry_af' } },
  ],
  expect: { end: ['accept'], kinds: ['platform.unavailable'] },
});
