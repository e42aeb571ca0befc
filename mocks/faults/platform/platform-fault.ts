import type { z } from 'zod';
import type { Provider } from '../../../harness/contract/index.ts';
import type { Reply } from '../../simulator/reply.ts';

/** What a platform-wide condition sees of a run-starting request when it arrives. */
export interface Arrival {
  /** Virtual ms since the simulator started. */
  atMs: number;
  /** Which known key was sent (`key#1`, …): rate limits are per key. */
  credential: string;
  /** Runs the platform is working on right now (accepted, not yet answered or ended). */
  running: number;
}

/** A platform-wide condition on the simulator's virtual clock, armed once for a whole fleet. */
export interface PlatformGate {
  /** The fault's id, recorded as the fate of every request it refuses. */
  fault: string;
  /** A refusal for this request, or null to let it through (it may update its own state). */
  refuse?(arrival: Arrival): Reply | null;
  /** Virtual ms the platform takes before it starts working on this request (a slow platform). */
  latencyMs?(arrival: Arrival): number;
}

/**
 * A platform-wide fault: unlike a schedule step, which answers one attempt, it holds for the whole
 * platform on the virtual clock (an outage window, a rate limit, a concurrency limit, latency) and
 * every task of a fleet meets it. Declared in a scenario's `fleet.platform`, typed like any fault.
 */
export interface PlatformFault<
  Id extends string = string,
  S extends z.ZodType = z.ZodType,
  P extends Provider = Provider,
> {
  /** Stable id used in scenario files, e.g. `'platform.outage'`. */
  id: Id;
  summary: string;
  /** Providers whose simulators can answer its refusals in their own envelope. */
  providers: readonly P[];
  params: S;
  /** Arms the condition for one run of a fleet. */
  arm(params: z.output<S>): PlatformGate;
}

/**
 * Declares a platform-wide fault with its id, providers and parameter types kept exact, so
 * scenario files are type-checked against it.
 *
 * @example
 * export const slow = definePlatformFault({ id: 'platform.slow', summary: '…', providers: ['problem'],
 *   params: z.strictObject({ latencyMs: z.number() }), arm: ({ latencyMs }) => ({ fault: 'platform.slow', latencyMs: () => latencyMs }) });
 */
export function definePlatformFault<const Id extends string, S extends z.ZodType, const P extends Provider>(
  fault: PlatformFault<Id, S, P>,
): PlatformFault<Id, S, P> {
  return fault;
}

/** Providers whose simulators answer platform-wide refusals today (their envelope is in {@link refusal}). */
export const FLEET_PROVIDERS = ['problem'] as const satisfies readonly Provider[];
