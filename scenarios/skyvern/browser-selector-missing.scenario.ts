import { scenario } from 'faultline';

export default scenario('skyvern/browser-selector-missing', {
  title: 'The target data is not on the page: not_found, return empty',
  sources: ['skyvern:error_code:not_found'],
  schedule: [{ fault: 'site.page', with: { page: '/no-selector' } }],
  expect: { end: ['abort'], kinds: ['agent.not_found'] },
});
