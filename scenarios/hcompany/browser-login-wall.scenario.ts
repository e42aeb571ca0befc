import { scenario } from 'faultline';

export default scenario('hcompany/browser-login-wall', {
  title: 'The agent really meets a login wall: blocked, refresh credentials once',
  sources: ['hcompany:outcome:blocked'],
  schedule: [{ fault: 'site.page', with: { page: '/login' } }],
  expect: { end: ['accept'], kinds: ['agent.login_required'] },
});
