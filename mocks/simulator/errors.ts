import { json, type Reply } from './reply.ts';
import type { RequestIssue } from './request-issues.ts';

/** How one platform words the refusals every simulator shares; each answers in its own envelope. */
export interface ErrorEnvelopes {
  /** No or wrong API key. */
  unauthorized(): Reply;
  /** The body is not JSON, or a field is missing or of the wrong type. */
  invalid(issues: readonly RequestIssue[]): Reply;
  /** Unknown id. */
  notFound(what: string): Reply;
  /** A request with this `Idempotency-Key` is still being handled. */
  inFlight(detail: string): Reply;
  /** This `Idempotency-Key` was already used with another body. */
  keyReused(detail: string): Reply;
}

/**
 * FastAPI's 422 body: `{"detail": [{type, loc, msg, input, ctx?}, …]}`, as H Company and Skyvern
 * answer a request that fails validation.
 *
 * @example
 * fastApiInvalid([{ loc: ['body', 'prompt'], type: 'missing', msg: 'Field required', input: {} }]);
 */
export function fastApiInvalid(issues: readonly RequestIssue[]): Reply {
  return json(422, {
    detail: issues.map(({ type, loc, msg, input, ctx }) => ({ type, loc, msg, input, ...(ctx && { ctx }) })),
  });
}

/**
 * The API key of an `Authorization: Bearer <key>` header.
 *
 * @example
 * bearerKey(new Request(url, { headers: { authorization: 'Bearer k1' } })); // 'k1'
 */
export function bearerKey(request: Request): string | undefined {
  return request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') || undefined;
}
