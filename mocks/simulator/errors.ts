import type { Reply } from './reply.ts';

/** How one platform words its own errors: each simulator answers in its platform's envelope. */
export interface ErrorEnvelopes {
  /** No or wrong API key. */
  unauthorized(): Reply;
  /** The body is not JSON, or a field is missing or of the wrong type. */
  invalid(detail: string, field?: string): Reply;
  /** Unknown id. */
  notFound(what: string): Reply;
  /** Wrong state, idempotency conflict, operation in progress. */
  conflict(code: string, detail: string): Reply;
  /** Too many requests or concurrent runs. */
  rateLimited(code: string, detail: string, retryAfterS: number): Reply;
}
