import { flaw } from './flaw.ts';

/** Takes an answer that fails the task's schema as good enough. */
export default flaw('accepts-off-schema', (decision, failure) =>
  failure.kind === 'answer.schema_mismatch' ? { action: 'accept' } : decision,
);
