import { scenario } from 'faultline';

export default scenario('webcompute/sdk-authentication-error', {
  title: 'AuthenticationError twice (next: authenticate): refresh credentials once, then escalate them',
  sources: ['webcompute:sdk_class:AuthenticationError', 'webcompute:error_field:statusCode'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: {
        name: 'AuthenticationError',
        statusCode: 401,
        retryable: false,
        next: 'authenticate',
        message: 'Invalid API key',
      },
      times: 2,
    },
  ],
  expect: { end: ['escalate'], kinds: ['platform.unauthorized'] },
});
