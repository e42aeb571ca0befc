import type { Failure, Native } from '../contract/index.ts';

export type { Native, NativeResponse } from '../contract/index.ts';

/** What {@link Native} turned out to be. */
export type Classification =
  { state: 'success'; answer: unknown } | { state: 'pending'; status: string } | { state: 'failure'; failure: Failure };

/** What classification may need beyond the payload. */
export interface ClassifyOptions {
  /** JSON Schema the task's answer must match; a completed answer that fails it is `answer.schema_mismatch`. */
  answerSchema?: Record<string, unknown>;
  /** The current time in ms (virtual in scenarios), to turn an HTTP-date `Retry-After` into a wait. */
  nowMs?: number;
  /** Literal secrets to remove from `message` and `raw` besides the usual patterns. */
  secrets?: readonly string[];
}
