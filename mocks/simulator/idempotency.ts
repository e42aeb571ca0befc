import { byCodeUnits } from '../../harness/shared/sort.ts';
import type { AttemptRecord } from './attempts.ts';
import type { Reply } from './reply.ts';

interface Entry {
  body: string;
  /** The accepted answer, once there is one. */
  reply?: Reply;
  attempt?: AttemptRecord;
}

/** What a request with an `Idempotency-Key` is, given what came before with that key. */
export type KeyCheck =
  | { type: 'new' }
  | { type: 'replay'; reply: Reply; attempt: AttemptRecord }
  | { type: 'conflict'; why: 'in_flight' | 'different_body' };

/**
 * Server-side deduplication by `Idempotency-Key`: same key and body replays the first accepted
 * answer; same key with another body is refused; same key while the first is still being handled
 * is refused too. Error answers are not stored, so a retry after a 429 is handled anew.
 *
 * @example
 * const keys = new IdempotencyStore();
 * keys.check('k1', '{"a":1}'); // { type: 'new' }
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  check(key: string, body: unknown): KeyCheck {
    const entry = this.entries.get(key);
    if (!entry) return { type: 'new' };
    if (entry.body !== canonical(body)) return { type: 'conflict', why: 'different_body' };
    if (!entry.reply || !entry.attempt) return { type: 'conflict', why: 'in_flight' };
    return { type: 'replay', reply: entry.reply, attempt: entry.attempt };
  }

  begin(key: string, body: unknown): void {
    this.entries.set(key, { body: canonical(body) });
  }

  /** Stores the accepted answer; `reply` undefined forgets the key (the request was refused). */
  finish(key: string, reply: Reply | undefined, attempt: AttemptRecord): void {
    if (reply === undefined) this.entries.delete(key);
    else this.entries.set(key, { ...this.entries.get(key)!, reply, attempt });
  }
}

/** JSON with sorted keys, so `{a,b}` and `{b,a}` are the same body. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => byCodeUnits(a, b)))
      : v,
  );
}
