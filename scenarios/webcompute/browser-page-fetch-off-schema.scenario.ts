import { scenario } from 'faultline';

export default scenario('webcompute/browser-page-fetch-off-schema', {
  title: "The page's own API answers off-schema JSON: the result fails the task schema",
  sources: ['webcompute:execute:success'],
  schedule: [{ fault: 'page.fetch', with: { mode: 'off_schema' } }],
  expect: { end: ['accept', 'escalate'], kinds: ['answer.schema_mismatch'] },
});
