import type { z } from 'zod';
import type { Browser } from '@playwright/test';
import type { Change, Provider, TaskSpec } from '../../harness/contract/index.ts';
import type { Native } from '../../harness/classify/index.ts';
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

/**
 * One way to make a run fail, in the spirit of a Toxiproxy toxic: a tiny uniform interface,
 * one file per fault.
 */
export interface Fault<P = unknown> {
  /** Stable id used in scenario files, e.g. `'hcompany.session'`. */
  id: string;
  /** One line saying what the fault does. */
  summary: string;
  /** Providers whose scenarios may use it. */
  providers: readonly Provider[];
  /** True when realizing it drives a real browser. */
  browser: boolean;
  /** Schema of the parameters a scenario file gives it. */
  params: z.ZodType<P>;
  realize(params: P, ctx: FaultContext): Promise<Realized>;
}

/**
 * Declares a fault with its parameter type inferred from its schema.
 *
 * @example
 * export const refused = defineFault({ id: 'network.refused', summary: '…', providers: ALL,
 *   browser: false, params: z.strictObject({}), realize: async () => ({ native, fired: true, evidence: '…' }) });
 */
export function defineFault<S extends z.ZodType>(fault: Fault<z.output<S>> & { params: S }): Fault<z.output<S>> {
  return fault;
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
