import { scenario } from 'faultline';

export default scenario('cli/exit-1-plain-text', {
  title: 'Exit 1 with plain text on stderr, no JSON: a generic failure, internal; retry once, then it works',
  sources: ['cli:exit:1', 'cli:stderr:malformed'],
  schedule: [{ fault: 'cli.output', with: { exit: 1, stderr: 'Error: something went wrong\n' } }],
  expect: { end: ['accept'], kinds: ['platform.internal'] },
});
