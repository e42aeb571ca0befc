import { scenario } from '../../harness/scenario/index.ts';

export default scenario('playwright/off-schema-answer', {
  title: 'The script extracts a price in words: never accept it',
  provider: 'playwright',
  sources: ['playwright:answer:schema'],
  schedule: [{ fault: 'site.page', with: { page: '/off-schema' } }],
  expect: { end: ['accept', 'escalate'], kinds: ['answer.schema_mismatch'] },
});
