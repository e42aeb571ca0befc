import { scenario } from 'faultline';

export default scenario('problem/browser-login-wall', {
  title: 'A real login wall reported as a login-required problem: refresh credentials, or escalate them',
  sources: ['problem:status:401'],
  schedule: [{ fault: 'site.page', with: { page: '/login' } }],
  expect: { end: ['accept', 'escalate'], kinds: ['agent.login_required'] },
});
