import reference from '../reference.ts';
import { flaw } from './flaw.ts';

/** Honours `Retry-After` / `retry_after_ms` on HTTP 429 and 503 only, where RFC 9110 and rate limits put it. */
export default flaw('retry-after-only-on-429-503', (decision, failure, ctx) =>
  failure.retryAfterMs !== null && failure.status !== 429 && failure.status !== 503
    ? reference.decide({ ...failure, retryAfterMs: null }, ctx)
    : decision,
);
