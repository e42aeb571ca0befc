import { json, type Reply } from './reply.ts';

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

/**
 * FastAPI-style errors, as H Company and Skyvern answer them: `{"detail": "..."}`, and on 422 a
 * list of `{loc, msg, type}` field errors.
 *
 * @example
 * detailErrors('Invalid API key').notFound('Run tsk_1'); // 404 { detail: 'Run tsk_1 not found' }
 */
export function detailErrors(unauthorized: string): ErrorEnvelopes {
  return {
    unauthorized: () => json(401, { detail: unauthorized }),
    invalid: (detail, field) => json(422, { detail: [{ loc: ['body', ...(field ? [field] : [])], msg: detail, type: 'value_error' }] }),
    notFound: (what) => json(404, { detail: `${what} not found` }),
    conflict: (_code, detail) => json(409, { detail }),
    rateLimited: (_code, detail, retryAfterS) => json(429, { detail }, { 'retry-after': String(retryAfterS) }),
  };
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
