import { scenario } from 'faultline';

export default scenario('skyvern/browser-off-schema-answer', {
  title: 'The run completes with output that fails the task schema',
  sources: ['skyvern:status:completed'],
  schedule: [{ fault: 'site.page', with: { page: '/off-schema' } }],
  expect: { end: ['accept', 'escalate'], kinds: ['answer.schema_mismatch'] },
});
