import { scenario } from 'faultline';

export default scenario('cli/stdout-not-json', {
  title: 'Exit 0, but stdout is plain text, not JSON: malformed, retried like a transport fault',
  sources: ['cli:stdout:malformed', 'cli:output:json'],
  schedule: [{ fault: 'cli.output', with: { exit: 0, stdout: 'Framework 13: 1049 EUR\n' } }],
  expect: { end: ['accept'], kinds: ['transport.malformed_response'] },
});
