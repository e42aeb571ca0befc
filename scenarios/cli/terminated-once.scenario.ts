import { scenario } from 'faultline';

export default scenario('cli/terminated-once', {
  title: 'The tool is terminated (SIGTERM, exit 143) once: internal; retry once, then it works',
  sources: ['cli:signal:SIGTERM'],
  schedule: [{ fault: 'cli.signal', with: { signal: 'SIGTERM' } }],
  expect: { end: ['accept'], kinds: ['platform.internal'] },
});
