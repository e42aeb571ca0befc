import reference from '../reference.ts';
import { flaw } from './flaw.ts';

/** Reads the kind, `retryable` and `Retry-After`, never the provider's `next`. */
export default flaw('blind-to-next', (_decision, failure, ctx) => reference.decide({ ...failure, next: null }, ctx));
