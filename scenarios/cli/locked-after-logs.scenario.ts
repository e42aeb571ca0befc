import { scenario } from 'faultline';

export default scenario('cli/locked-after-logs', {
  title:
    'Log lines, then the JSON error on the last line: exit 75, code locked, retry_after_ms 2000; wait, then it works',
  sources: ['cli:exit:75', 'cli:field:code', 'cli:field:retry_after_ms'],
  schedule: [
    {
      fault: 'cli.error',
      with: {
        exit: 75,
        code: 'locked',
        message: 'another run holds the workspace lock',
        is_retriable: true,
        retry_after_ms: 2000,
        logs: ['info: loading tasks/laptop.json', 'warn: workspace is locked by pid 4242'],
      },
    },
  ],
  expect: { end: ['accept'], kinds: ['platform.wrong_state'] },
});
