import { scenario } from 'faultline';

export default scenario('playwright/captcha-wall-no-selector', {
  title: 'A Playwright script meets a captcha wall: its selector never appears, stop',
  sources: ['playwright:error:TimeoutError'],
  schedule: [{ fault: 'site.page', with: { page: '/captcha' } }],
  expect: { end: ['abort'], kinds: ['browser.selector_not_found'] },
});
