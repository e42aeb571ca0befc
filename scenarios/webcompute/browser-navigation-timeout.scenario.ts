import { scenario } from 'faultline';

export default scenario('webcompute/browser-navigation-timeout', {
  title: 'Browser code navigates to a page that never loads: real NAVIGATION_TIMEOUT',
  sources: ['webcompute:browser_server:NAVIGATION_TIMEOUT'],
  schedule: [{ fault: 'browser.navigation_timeout' }],
  expect: { end: ['accept'], kinds: ['browser.navigation_timeout'] },
});
