import reference from '../reference.ts';
import { flaw } from './flaw.ts';

/** Reads the kind, `next` and `Retry-After`, never `retryable` / `is_retriable`. */
export default flaw('blind-to-retryable', (_decision, failure, ctx) =>
  reference.decide({ ...failure, retryable: null }, ctx),
);
