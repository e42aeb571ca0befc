import type { z } from 'zod';
import type { Provider } from '../../harness/contract/index.ts';
import { defineFault, type Fault, type FaultContext, type Realized, type ServedFate } from './fault.ts';

/**
 * Declares a payload fault: one whose realization is a plain answer of the provider (a session or
 * run object, an error envelope, a problem document, raw bytes), which a provider simulator can
 * also serve to a client, so it runs in client mode too.
 *
 * @example
 * export const problemDocument = payloadFault({ id: 'problem.document', summary: '…', providers: ['problem'],
 *   params: z.strictObject({ status: z.number() }), realize: async ({ status }) => jsonAnswer('problem', status, {}) });
 */
export function payloadFault<const Id extends string, S extends z.ZodType, const P extends Provider>(
  fault: Omit<Fault<Id, S, P>, 'browser' | 'serve' | 'wire'>,
): Fault<Id, S, P> {
  return defineFault({
    ...fault,
    browser: false,
    serve: async (params, ctx) => servedPayload(await fault.realize(params, ctx), ctx),
  });
}

/**
 * A realized payload as a simulator serves it: a 200 answer with a run-like body (a session or run
 * object with a `status`, a Webcompute execute result, a problem API's answer) ends the run the
 * attempt starts; anything else answers the attempt's starting request as is.
 */
function servedPayload(realized: Realized, ctx: FaultContext): ServedFate {
  const native = realized.native;
  if (!('response' in native))
    throw new Error(`a payload fault gave no HTTP answer where one was expected (${realized.evidence})`);
  const { headers } = native.response;
  const status = native.response.status ?? 200;
  const body = typeof native.response.body === 'string' ? native.response.body : JSON.stringify(native.response.body);
  const parsed = status === 200 ? parseObject(body) : null;
  const runLike =
    parsed && (ctx.provider === 'webcompute' || ctx.provider === 'problem' || typeof parsed.status === 'string');
  if (runLike) return { type: 'final', body: parsed };
  return { type: 'reply', reply: { status, headers, text: body } };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
