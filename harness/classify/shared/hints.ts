import type { FailureKind } from '../../contract/index.ts';

/**
 * Refinements of an HTTP status's kind that only the error text tells apart, for providers whose
 * error bodies carry no machine code (H Company's `{"detail": …}`, Skyvern's). Checked in order.
 */
const TEXT_HINTS: Array<{ statuses: number[]; pattern: RegExp; kind: FailureKind }> = [
  { statuses: [402, 403, 429], pattern: /quota/i, kind: 'platform.quota_exceeded' },
  { statuses: [409, 422], pattern: /idempotency.*(reused|different|mismatch)|(reused|different).*idempotency/i, kind: 'platform.idempotency_mismatch' },
  { statuses: [409], pattern: /idempotency.*(in progress|in flight|still|processing)/i, kind: 'platform.idempotency_in_flight' },
  { statuses: [429], pattern: /concurren/i, kind: 'platform.concurrency_limit' },
];

/**
 * The kind an error text reveals beyond its status, or null.
 *
 * @example
 * kindFromText(429, 'Too many concurrent sessions'); // 'platform.concurrency_limit'
 */
export function kindFromText(status: number | null, text: string): FailureKind | null {
  if (status === null) return null;
  return TEXT_HINTS.find((hint) => hint.statuses.includes(status) && hint.pattern.test(text))?.kind ?? null;
}
