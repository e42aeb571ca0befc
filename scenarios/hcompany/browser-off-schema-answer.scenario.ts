import { scenario } from 'faultline';

export default scenario('hcompany/browser-off-schema-answer', {
  title: 'The agent extracts a price in words: a completed answer that fails the schema',
  sources: ['hcompany:outcome:success'],
  schedule: [{ fault: 'site.page', with: { page: '/off-schema' } }],
  expect: { end: ['accept', 'escalate'], kinds: ['answer.schema_mismatch'] },
});
