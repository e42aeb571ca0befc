import { scenario } from 'faultline';

export default scenario('hcompany/browser-login-wall', {
  title: 'The agent really meets a login wall: blocked, refresh credentials once, or escalate them',
  sources: ['hcompany:outcome:blocked'],
  schedule: [{ fault: 'site.page', with: { page: '/login' } }],
  expect: { end: ['accept', 'escalate'], kinds: ['agent.login_required'] },
});
