import { scenario } from '../../harness/scenario/index.ts';

export default scenario('skyvern/browser-selector-missing', {
  title: 'The target data is not on the page: not_found, return empty',
  provider: 'skyvern',
  sources: ['skyvern:error_code:not_found'],
  schedule: [{ fault: 'site.page', with: { page: '/no-selector' } }],
  expect: { end: ['abort'], kinds: ['agent.not_found'] },
});
