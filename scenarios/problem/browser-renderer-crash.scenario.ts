import { scenario } from 'faultline';

export default scenario('problem/browser-renderer-crash', {
  title: 'The agent API reports a real renderer crash as a 502 problem: retry on a fresh browser',
  sources: ['problem:status:502'],
  schedule: [{ fault: 'browser.crash' }],
  expect: { end: ['accept'], kinds: ['platform.upstream'] },
});
