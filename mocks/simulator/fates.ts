import type { Reply } from './reply.ts';

/** What a run's request normalizes to, whatever the platform calls its fields. */
export interface RunRequest {
  prompt?: string;
  maxSteps?: number;
  maxTimeS?: number;
  answerSchema?: unknown;
  proxy?: string;
  /** `key#1`, `key#2`, … (which known key), never the key itself. */
  credential: string;
  /** The browser the run executes in, where the platform exposes one (Webcompute). */
  browserId?: string;
}

/** How one attempt ends, decided when its starting request arrives. */
export type Fate =
  /** The starting request itself is answered with this (an HTTP error, a dropped connection). */
  | { type: 'reply'; fault: string; reply: Reply }
  /** The run is accepted and ends with this body (a session or run object, an execute result). */
  | { type: 'final'; fault: string; body: Record<string, unknown> }
  /** The platform started the run, then the connection dropped before the answer. */
  | { type: 'lost'; fault: string; body: Record<string, unknown> };

/**
 * Decides the fate of each attempt. The harness gives one built from a scenario's schedule;
 * {@link alwaysSucceed} is the default.
 */
export interface FateSource {
  next(attempt: number, request: RunRequest): Fate | Promise<Fate>;
  /** The fault the next attempt will get, without drawing it (so a resend meets the wire's faults too). */
  peek?(): { fault: string; wire: boolean } | null;
}

/**
 * Every run succeeds with the given body.
 *
 * @example
 * alwaysSucceed(() => ({ status: 'completed', outcome: 'success', answer: { price: 1049 } }));
 */
export function alwaysSucceed(body: () => Record<string, unknown>): FateSource {
  return { next: () => ({ type: 'final', fault: 'success', body: body() }) };
}
