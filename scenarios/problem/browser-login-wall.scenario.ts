import { scenario } from 'faultline';

export default scenario('problem/browser-login-wall', {
  title: 'A real login wall reported as a login-required problem: refresh credentials',
  sources: ['problem:status:401'],
  schedule: [{ fault: 'site.page', with: { page: '/login' } }],
  expect: { end: ['accept'], kinds: ['agent.login_required'] },
});
