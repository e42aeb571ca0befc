import { scenario } from 'faultline';

export default scenario('skyvern/browser-login-wall', {
  title: 'A real login wall terminates the run with login_failed: refresh credentials, or escalate them',
  sources: ['skyvern:error_code:login_failed'],
  schedule: [{ fault: 'site.page', with: { page: '/login' } }],
  expect: { end: ['accept', 'escalate'], kinds: ['agent.login_required'] },
});
