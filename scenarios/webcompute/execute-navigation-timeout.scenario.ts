import { scenario } from 'faultline';

export default scenario('webcompute/execute-navigation-timeout', {
  title: 'Navigation in the browser code times out: retry with a fresh browser or a new proxy',
  sources: ['webcompute:browser_server:NAVIGATION_TIMEOUT'],
  schedule: [
    {
      fault: 'webcompute.execute',
      with: { code: 'NAVIGATION_TIMEOUT', message: 'Navigation timeout of 30000 ms exceeded' },
    },
  ],
  expect: { end: ['accept'], kinds: ['browser.navigation_timeout'] },
});
