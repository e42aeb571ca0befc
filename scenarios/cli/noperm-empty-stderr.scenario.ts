import { scenario } from 'faultline';

export default scenario('cli/noperm-empty-stderr', {
  title: 'Exit 77 (EX_NOPERM) with nothing on stderr: the exit status alone says forbidden; abort',
  sources: ['cli:exit:77', 'cli:stderr:malformed'],
  schedule: [{ fault: 'cli.output', with: { exit: 77 } }],
  expect: { end: ['abort'], kinds: ['platform.forbidden'] },
});
