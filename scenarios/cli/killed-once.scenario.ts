import { scenario } from 'faultline';

export default scenario('cli/killed-once', {
  title: 'The tool is killed (SIGKILL, exit 137) once: internal; retry once, then it works',
  sources: ['cli:signal:SIGKILL'],
  schedule: [{ fault: 'cli.signal', with: { signal: 'SIGKILL' } }],
  expect: { end: ['accept'], kinds: ['platform.internal'] },
});
