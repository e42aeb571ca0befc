import { scenario } from 'faultline';

export default scenario('cli/interrupted', {
  title: 'The tool is interrupted (SIGINT, exit 130): someone stopped the run; never rerun a canceled run',
  sources: ['cli:signal:SIGINT'],
  schedule: [{ fault: 'cli.signal', with: { signal: 'SIGINT' } }],
  expect: { end: ['abort'], kinds: ['platform.canceled'] },
});
