import { scenario } from 'faultline';

export default scenario('problem/browser-navigation-timeout', {
  title: 'The agent API reports a real navigation timeout as a 504 problem',
  sources: ['problem:status:504'],
  schedule: [{ fault: 'browser.navigation_timeout' }],
  expect: { end: ['accept'], kinds: ['browser.navigation_timeout'] },
});
