import { scenario } from 'faultline';

export default scenario('webcompute/execute-proxy-failed', {
  title: 'PROXY_CONNECTION_FAILED from execute: retry through a new proxy, never the same one',
  sources: ['webcompute:browser_server:PROXY_CONNECTION_FAILED'],
  task: { proxy: 'http://proxy-a.example.net:8080' },
  schedule: [
    {
      fault: 'webcompute.execute',
      with: { code: 'PROXY_CONNECTION_FAILED', message: 'net::ERR_PROXY_CONNECTION_FAILED' },
    },
  ],
  expect: { end: ['accept'], kinds: ['browser.proxy_failed'] },
});
