import { scenario } from '../../harness/scenario/index.ts';

export default scenario('skyvern/browser-off-schema-answer', {
  title: 'The run completes with output that fails the task schema',
  provider: 'skyvern',
  sources: ['skyvern:status:completed'],
  schedule: [{ fault: 'site.page', with: { page: '/off-schema' } }],
  expect: { end: ['accept', 'escalate'], kinds: ['answer.schema_mismatch'] },
});
