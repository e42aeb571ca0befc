import { scenario } from 'faultline';

export default scenario('problem/browser-captcha-wall', {
  title: 'A real captcha wall reported as a captcha-required problem: escalate',
  sources: ['problem:field:type', 'problem:extension:is_retriable'],
  schedule: [{ fault: 'site.page', with: { page: '/captcha' } }],
  expect: { end: ['escalate'], kinds: ['agent.captcha'] },
});
