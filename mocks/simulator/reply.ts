import { HttpResponse } from 'msw';

/** A JSON (or raw text) answer a simulator gives, or a connection that fails. */
export type Reply =
  | { status: number; headers?: Record<string, string>; body?: unknown; text?: string }
  | { network: 'refused' | 'reset' };

/**
 * The MSW response for a reply. A network failure is `HttpResponse.error()`, which the client's
 * `fetch` sees as `TypeError: Failed to fetch`; its `cause` carries the errno code (`ECONNREFUSED`,
 * `ECONNRESET`) as Node's own fetch errors do, so a client can tell the two apart.
 *
 * @example
 * toResponse({ status: 429, headers: { 'retry-after': '30' }, body: { detail: 'Too many sessions' } });
 */
export function toResponse(reply: Reply): Response {
  if ('network' in reply)
    return Object.assign(HttpResponse.error(), { code: reply.network === 'refused' ? 'ECONNREFUSED' : 'ECONNRESET' });
  const headers = { ...reply.headers };
  if (reply.text !== undefined) return new HttpResponse(reply.text, { status: reply.status, headers });
  if (reply.body === undefined) return new HttpResponse(null, { status: reply.status, headers });
  return HttpResponse.json(reply.body as never, {
    status: reply.status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/**
 * A JSON reply.
 *
 * @example
 * json(404, { detail: 'Session not found' });
 */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body, headers };
}
