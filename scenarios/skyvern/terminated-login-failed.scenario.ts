import { CANARY_API_KEY, scenario } from 'faultline';

export default scenario('skyvern/terminated-login-failed', {
  title: 'Login failed: refresh credentials once, then escalate',
  sources: ['skyvern:status:terminated', 'skyvern:error_code:login_failed'],
  schedule: [
    {
      fault: 'skyvern.run',
      with: {
        status: 'terminated',
        output: { error: 'login_failed' },
        // The key is a canary: the secrets self-test checks it never reaches a trace or a report.
        failure_reason: `Login failed with API key ${CANARY_API_KEY}: the page displayed 'Invalid username or password'`,
      },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['agent.login_required'] },
});
