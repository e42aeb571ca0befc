import { scenario } from 'faultline';

export default scenario('playwright/page-fetch-off-schema', {
  title: "The page's own API answers off-schema JSON: never accept the price in words",
  sources: ['playwright:answer:schema'],
  schedule: [{ fault: 'page.fetch', with: { mode: 'off_schema' } }],
  expect: { end: ['accept', 'escalate'], kinds: ['answer.schema_mismatch'] },
});
