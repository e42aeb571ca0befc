import { scenario } from 'faultline';

export default scenario('playwright/off-schema-answer', {
  title: 'The script extracts a price in words: never accept it',
  sources: ['playwright:answer:schema'],
  schedule: [{ fault: 'site.page', with: { page: '/off-schema' } }],
  expect: { end: ['accept', 'escalate'], kinds: ['answer.schema_mismatch'] },
});
