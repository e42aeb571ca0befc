import { scenario } from 'faultline';

export default scenario('webcompute/sdk-policy-tip', {
  title: 'Policy-aware navigation blocks the page (BrowserPolicyTipError): do not retry',
  sources: ['webcompute:sdk_class:BrowserPolicyTipError'],
  schedule: [
    {
      fault: 'webcompute.sdk_error',
      with: {
        name: 'BrowserPolicyTipError',
        statusCode: 400,
        retryable: false,
        message: 'Navigation blocked by policy tip',
      },
    },
  ],
  expect: { end: ['abort', 'escalate'], kinds: ['platform.policy_blocked'] },
});
