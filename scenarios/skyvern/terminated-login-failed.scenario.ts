import { scenario } from '../../harness/scenario/index.ts';

export default scenario('skyvern/terminated-login-failed', {
  title: 'Login failed: refresh credentials once, then escalate',
  provider: 'skyvern',
  sources: ['skyvern:status:terminated', 'skyvern:error_code:login_failed'],
  schedule: [
    {
      fault: 'skyvern.run',
      with: {
        status: 'terminated',
        output: { error: 'login_failed' },
        failure_reason: "Login failed: The page displayed 'Invalid username or password'",
      },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['agent.login_required'] },
});
