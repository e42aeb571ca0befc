import { scenario } from 'faultline';

export default scenario('webcompute/sdk-connection-refused', {
  title: 'ConnectionError (refused) three times: network errors are retried, with growing, jittered backoff',
  sources: ['webcompute:sdk_class:ConnectionError', 'webcompute:retry_config:retryConnectionErrors'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'ConnectionError', retryable: true, message: 'connect ECONNREFUSED 10.0.0.7:443' },
      times: 3,
    },
  ],
  expect: { end: ['accept'], kinds: ['transport.connection_refused'] },
});
