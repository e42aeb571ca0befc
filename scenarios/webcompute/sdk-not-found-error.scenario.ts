import { scenario } from 'faultline';

export default scenario('webcompute/sdk-not-found-error', {
  title: 'NotFoundError (404) for an endpoint: abort',
  sources: ['webcompute:sdk_class:NotFoundError'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: { name: 'NotFoundError', statusCode: 404, retryable: false, message: 'Endpoint not found' },
    },
  ],
  expect: { end: ['abort'], kinds: ['platform.not_found'] },
});
