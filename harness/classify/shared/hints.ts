import type { FailureKind } from '../../contract/index.ts';

/**
 * Refinements of an HTTP status's kind that only the error text tells apart, for providers whose
 * error bodies carry no machine code (H Company's `{"detail": …}`, Skyvern's). Checked in order.
 */
const TEXT_HINTS: Array<{ applies: (status: number) => boolean; pattern: RegExp; kind: FailureKind }> = [
  { applies: (status) => status >= 400 && status < 500, pattern: /quota/i, kind: 'platform.quota_exceeded' },
  { applies: (status) => status === 409 || status === 422, pattern: /idempotency.*(reused|different|mismatch)|(reused|different).*idempotency/i, kind: 'platform.idempotency_mismatch' },
  { applies: (status) => status === 409, pattern: /idempotency.*(in progress|in flight|still|processing)/i, kind: 'platform.idempotency_in_flight' },
  { applies: (status) => status === 429, pattern: /concurren/i, kind: 'platform.concurrency_limit' },
];

/**
 * The kind an error text reveals beyond its status, or null.
 *
 * @example
 * kindFromText(429, 'Too many concurrent sessions'); // 'platform.concurrency_limit'
 * kindFromText(400, 'Monthly quota exceeded'); // 'platform.quota_exceeded'
 */
export function kindFromText(status: number | null, text: string): FailureKind | null {
  if (status === null) return null;
  return TEXT_HINTS.find((hint) => hint.applies(status) && hint.pattern.test(text))?.kind ?? null;
}
