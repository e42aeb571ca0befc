import { scenario } from '../../harness/scenario/index.ts';

export default scenario('webcompute/browser-off-schema-answer', {
  title: 'Browser code returns a result that fails the task schema',
  provider: 'webcompute',
  sources: ['webcompute:execute:success'],
  schedule: [{ fault: 'site.page', with: { page: '/off-schema' } }],
  expect: { end: ['accept', 'escalate'], kinds: ['answer.schema_mismatch'] },
});
