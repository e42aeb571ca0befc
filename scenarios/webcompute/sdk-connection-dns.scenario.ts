import { scenario } from '../../harness/scenario/index.ts';

export default scenario('webcompute/sdk-connection-dns', {
  title: 'ConnectionError: the API host does not resolve three times; back off and retry unchanged',
  provider: 'webcompute',
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
