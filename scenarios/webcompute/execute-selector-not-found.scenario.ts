import { scenario } from 'faultline';

export default scenario('webcompute/execute-selector-not-found', {
  title: 'The browser code waits for a selector the page no longer has: stop, the script or page changed',
  sources: ['webcompute:browser_server:SELECTOR_NOT_FOUND'],
  schedule: [
    {
      fault: 'webcompute.execute',
      with: { code: 'SELECTOR_NOT_FOUND', message: "waiting for locator('#price') failed" },
    },
  ],
  expect: { end: ['abort'], kinds: ['browser.selector_not_found'] },
});
