import { scenario } from 'faultline';

export default scenario('webcompute/browser-off-schema-answer', {
  title: 'Browser code returns a result that fails the task schema',
  sources: ['webcompute:execute:success'],
  schedule: [{ fault: 'site.page', with: { page: '/off-schema' } }],
  expect: { end: ['accept', 'escalate'], kinds: ['answer.schema_mismatch'] },
});
