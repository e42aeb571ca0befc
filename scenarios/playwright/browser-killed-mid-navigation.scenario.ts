import { scenario } from 'faultline';

export default scenario('playwright/browser-killed-mid-navigation', {
  title: 'The browser process is SIGKILLed mid-navigation: retry on a fresh browser',
  sources: ['playwright:error:browser_closed'],
  schedule: [{ fault: 'browser.killed' }],
  expect: { end: ['accept'], kinds: ['browser.disconnected'] },
});
