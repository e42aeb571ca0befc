import { scenario } from 'faultline';

export default scenario('webcompute/sdk-connection-dns', {
  title: 'ConnectionError: the API host does not resolve three times; back off and retry unchanged',
  sources: ['webcompute:sdk_class:ConnectionError'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'ConnectionError', retryable: true, message: 'getaddrinfo ENOTFOUND api.webcompute.dev' },
      times: 3,
    },
  ],
  expect: { end: ['accept'], kinds: ['transport.dns'] },
});
