import type { Fate } from '../simulator/fates.ts';
import { successBody, type SimulatedProvider } from '../simulator/simulator.ts';
import type { Fault, FaultContext, Realized } from './fault.ts';

/** Faults that realize as a plain payload, which a simulator can serve to a client as is. */
const PAYLOAD_FAULTS = new Set(['hcompany.session', 'skyvern.run', 'webcompute.execute', 'webcompute.gateway', 'problem.document', 'http.response']);

/**
 * True when client mode can realize this step on a provider simulator: payload faults and network
 * faults. (An SDK error is what an SDK raises; a client over `fetch` never sees one.)
 *
 * @example
 * clientCapable(FAULTS.get('hcompany.session')!); // true
 */
export function clientCapable(fault: Fault<unknown>): boolean {
  return PAYLOAD_FAULTS.has(fault.id) || fault.id === 'network.refused' || fault.id === 'network.reset';
}

/**
 * The fate of one client-mode attempt for a scheduled step: what the simulator answers the
 * attempt's starting request with, or how the run it starts ends.
 *
 * @example
 * await clientFate(step.fault, step.params, ctx); // { type: 'final', fault: 'hcompany.session', body: { status: 'failed', … } }
 */
export async function clientFate(fault: Fault<unknown>, params: unknown, ctx: FaultContext): Promise<Fate> {
  const provider = ctx.provider as SimulatedProvider;
  if (fault.id === 'network.refused') return { type: 'reply', fault: fault.id, reply: { network: 'refused' } };
  if (fault.id === 'network.reset') return { type: 'lost', fault: fault.id, body: successBody(provider) };
  const realized = await fault.realize(params, ctx);
  return fateOf(realized, provider, fault.id);
}

function fateOf(realized: Realized, provider: SimulatedProvider, fault: string): Fate {
  const native = realized.native;
  if ('thrown' in native) throw new Error(`${fault} threw where a payload was expected; it has no client-mode form`);
  const { headers } = native.response;
  const status = native.response.status ?? 200;
  const body = typeof native.response.body === 'string' ? native.response.body : JSON.stringify(native.response.body);
  const parsed = status === 200 ? parseObject(body) : null;
  const runLike = parsed && (provider === 'webcompute' || provider === 'problem' || typeof parsed.status === 'string');
  if (runLike) return { type: 'final', fault, body: parsed };
  return { type: 'reply', fault, reply: { status, headers, text: body } };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
