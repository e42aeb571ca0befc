import type { FailureKind } from '../../contract/index.ts';

/**
 * Exact error messages whose meaning the HTTP status alone does not carry, for providers whose
 * HTTP errors carry no machine code (H Company's and Skyvern's FastAPI `{"detail": "…"}` bodies).
 * Neither platform documents a code or a message for an `Idempotency-Key` conflict, so the only
 * known messages are the ones Faultline's simulators send (`mocks/simulator/start-run.ts`); `\S+`
 * stands for the key. A message is known as a whole or not at all: no word inside a text is ever
 * read, so an unknown message falls back to the status's meaning.
 */
const KNOWN_MESSAGES: ReadonlyArray<{ statuses: readonly number[]; message: RegExp; kind: FailureKind }> = [
  {
    statuses: [409, 422],
    message: /^Idempotency-Key \S+ was already used with a different request body$/,
    kind: 'platform.idempotency_mismatch',
  },
  {
    statuses: [409],
    message: /^A request with Idempotency-Key \S+ is still being processed$/,
    kind: 'platform.idempotency_in_flight',
  },
];

/**
 * The kind an exactly known error message gives on `status`, or null for any other message.
 *
 * @example
 * kindOfKnownMessage(409, 'Idempotency-Key k-1 was already used with a different request body'); // 'platform.idempotency_mismatch'
 * kindOfKnownMessage(409, 'Idempotency key reused, please use another one'); // null
 */
export function kindOfKnownMessage(status: number | null, message: string): FailureKind | null {
  if (status === null) return null;
  return KNOWN_MESSAGES.find((known) => known.statuses.includes(status) && known.message.test(message))?.kind ?? null;
}
