import type { z } from 'zod';
import type { Browser } from '@playwright/test';
import type { Change, Native, Provider, TaskSpec } from '../../harness/contract/index.ts';
import type { Fate } from '../simulator/fates.ts';
import type { FixtureSite } from '../site/server.ts';

/** The real browser parts a browser fault drives. */
export interface BrowserParts {
  browser: Browser;
  site: FixtureSite;
}

/** What a fault gets when it is realized for one attempt. */
export interface FaultContext {
  provider: Provider;
  task: TaskSpec;
  /** 1-based attempt number. */
  attempt: number;
  /** Present for faults with `browser: true`. */
  browser?: BrowserParts;
  /** Every change the handler's earlier retries made, in order (a fault may be healed by them). */
  changes: readonly Change[];
}

/** What realizing a fault produced: the native payload, and proof that the fault really happened. */
export interface Realized {
  native: Native;
  /** False when the fault was armed but did not happen (a hung page that loaded after all). */
  fired: boolean;
  /** What was observed, in plain words: the proof, or why it did not fire. */
  evidence: string;
  /**
   * True when the fault was armed but the handler's earlier changes really cured it (a raised
   * budget outlasted the slow page, a new proxy was healthy). The attempt then counts as the
   * step's, and its payload is judged like any other.
   */
  healed?: boolean;
}

/** How a simulator ends an attempt's run for a fault (the {@link Fate} without the fault's name, which the schedule adds). */
export type ServedFate = Fate extends infer F ? (F extends Fate ? Omit<F, 'fault'> : never) : never;

/** The ways a scenario can run: judged one decision at a time, with a real browser, or against a client's traffic. */
export type Mode = 'policy' | 'browser' | 'client';

/**
 * One way to make a run fail, in the spirit of a Toxiproxy toxic: a tiny uniform interface, one
 * file per fault. What a fault can do beyond `realize` it declares with optional members, as
 * Toxiproxy's toxics do with optional interfaces: `serve` (a provider simulator can serve it to a
 * client: client mode) and `wire` (it happens on the connection, not in an answer).
 */
export interface Fault<Id extends string = string, S extends z.ZodType = z.ZodType, P extends Provider = Provider> {
  /** Stable id used in scenario files, e.g. `'hcompany.session'`. */
  id: Id;
  /** One line saying what the fault does. */
  summary: string;
  /** Providers whose scenarios may use it. */
  providers: readonly P[];
  /** True when realizing it drives a real browser. */
  browser: boolean;
  /** Schema of the parameters a scenario file gives it (`with`). */
  params: S;
  /** Makes the fault happen once, for a policy handler: the native payload and the proof. */
  realize(params: z.output<S>, ctx: FaultContext): Promise<Realized>;
  /** Client mode: how the provider's simulator ends the run an attempt starts. Absent: no client-mode form. */
  serve?(params: z.output<S>, ctx: FaultContext): ServedFate | Promise<ServedFate>;
  /** True for a fault on the wire (a refused or reset connection): a resend after a lost answer meets it too. */
  wire?: boolean;
}

/**
 * Declares a fault with its id, providers and parameter types kept exact, so scenario files are
 * type-checked against it (a misspelt id or parameter fails `npm run typecheck`).
 *
 * @example
 * export const refused = defineFault({ id: 'network.refused', summary: '…', providers: HTTP_PROVIDERS,
 *   browser: false, params: z.strictObject({}), realize: async () => ({ native, fired: true, evidence: '…' }) });
 */
export function defineFault<const Id extends string, S extends z.ZodType, const P extends Provider>(
  fault: Fault<Id, S, P>,
): Fault<Id, S, P> {
  return fault;
}

/**
 * The modes a fault can run in: `policy` always (its payload is handed to a policy handler),
 * `browser` when it drives a real browser, `client` when a simulator can serve it.
 *
 * @example
 * faultModes(FAULTS['network.reset']); // ['policy', 'client']
 */
export function faultModes(fault: Fault): Mode[] {
  return [fault.browser ? 'browser' : 'policy', ...(fault.serve ? (['client'] as const) : [])];
}

/**
 * A realized HTTP answer with a JSON body, as the provider sent it (status, headers, raw text).
 *
 * @example
 * jsonAnswer('hcompany', 200, { status: 'failed', error_code: 'internal' });
 */
export function jsonAnswer(
  provider: Provider,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  contentType = 'application/json',
): Realized {
  return {
    native: {
      provider,
      response: { status, headers: { 'content-type': contentType, ...headers }, body: JSON.stringify(body) },
    },
    fired: true,
    evidence: `answered HTTP ${status}`,
  };
}

/**
 * The run id a payload realized outside a simulator gives this attempt's run (Skyvern's shape:
 * `tsk_` and 18 digits; also the problem API's trace id).
 *
 * @example
 * fixtureRunId({ ...ctx, attempt: 2 }); // 'tsk_000000000000000002'
 */
export function fixtureRunId(ctx: Pick<FaultContext, 'attempt'>): string {
  return `tsk_${String(ctx.attempt).padStart(18, '0')}`;
}
