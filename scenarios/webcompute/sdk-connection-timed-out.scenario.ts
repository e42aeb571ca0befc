import { scenario } from 'faultline';

export default scenario('webcompute/sdk-connection-timed-out', {
  title: 'ConnectionError: connecting times out three times; back off and retry unchanged',
  sources: ['webcompute:sdk_class:ConnectionError'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'ConnectionError', retryable: true, message: 'connect ETIMEDOUT 10.0.0.7:443' },
      times: 3,
    },
  ],
  expect: { end: ['accept'], kinds: ['transport.timeout'] },
});
