import { scenario } from 'faultline';

export default scenario('skyvern/webhook-login-failed', {
  title: 'A webhook payload reports login_failed twice: refresh credentials once, then escalate them',
  sources: ['skyvern:error_location:webhook_payload', 'skyvern:error_code:login_failed'],
  schedule: [
    {
      fault: 'http.response',
      with: {
        status: 200,
        json: {
          run_id: 'tsk_v2_486305187432193504',
          status: 'terminated',
          output: { error: 'login_failed' },
          failure_reason: "Login failed: The page displayed 'Invalid username or password'",
          webhook_callback_url: 'https://your-server.com/webhook',
          created_at: '2026-01-20T11:58:57.414123',
          finished_at: '2026-01-20T12:00:31.512692',
        },
      },
      times: 2,
    },
  ],
  expect: { end: ['escalate'], kinds: ['agent.login_required'] },
});
