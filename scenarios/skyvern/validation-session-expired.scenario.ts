import { scenario } from 'faultline';

export default scenario('skyvern/validation-session-expired', {
  title: 'A validation block terminates with session_expired: refresh credentials once, then the run succeeds',
  sources: [
    'skyvern:mapping:session_expired',
    'skyvern:validation_block:terminate_criterion',
    'skyvern:validation_block:error_code_mapping',
  ],
  schedule: [
    {
      fault: 'skyvern.run',
      with: {
        status: 'terminated',
        output: { error: 'session_expired' },
        failure_reason: 'verify_login: Session timeout message appeared',
      },
    },
  ],
  expect: { end: ['accept', 'escalate'], kinds: ['agent.login_required'] },
});
