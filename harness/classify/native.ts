import type { Failure, Provider } from '../contract/index.ts';

/** An HTTP answer as the client received it. `body` is the raw text, or an already parsed JSON value. */
export interface NativeResponse {
  /** HTTP status; null when none is known (for example a body handed over without its response). */
  status: number | null;
  /** Response headers; names are matched case-insensitively. */
  headers?: Record<string, string>;
  /** Raw body text (parsed here), or a value that was already parsed from JSON. */
  body: unknown;
}

/**
 * A native payload exactly as a provider (or Playwright) produced it: either an HTTP response,
 * or something thrown (a Playwright error, a Node network error, an SDK error object).
 */
export type Native =
  | { provider: Provider; response: NativeResponse }
  | { provider: Provider; thrown: unknown };

/** What {@link Native} turned out to be. */
export type Classification =
  | { state: 'success'; answer: unknown }
  | { state: 'pending'; status: string }
  | { state: 'failure'; failure: Failure };

/** What classification may need beyond the payload. */
export interface ClassifyOptions {
  /** JSON Schema the task's answer must match; a completed answer that fails it is `answer.schema_mismatch`. */
  answerSchema?: Record<string, unknown>;
  /** The current time in ms (virtual in scenarios), to turn an HTTP-date `Retry-After` into a wait. */
  nowMs?: number;
  /** Literal secrets to remove from `message` and `raw` besides the usual patterns. */
  secrets?: readonly string[];
}
