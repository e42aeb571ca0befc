import { scenario } from 'faultline';

export default scenario('skyvern/terminated-mfa-required', {
  title: 'Two-factor authentication is requested twice: refresh credentials once, then escalate them',
  sources: ['skyvern:mapping:mfa_required', 'skyvern:status:terminated'],
  schedule: [
    {
      fault: 'skyvern.run',
      with: {
        status: 'terminated',
        output: { error: 'mfa_required' },
        failure_reason: 'Two-factor authentication is being requested',
      },
      times: 2,
    },
  ],
  expect: { end: ['escalate'], kinds: ['agent.login_required'] },
});
