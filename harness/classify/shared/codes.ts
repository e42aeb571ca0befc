import type { FailureKind } from '../../contract/index.ts';

/**
 * The kind a provider's code table gives `code` when the table knows it exactly, else null. Only
 * the table's own entries count, so codes such as `constructor` or `__proto__` are unknown. No
 * prefix, suffix or word inside a code is ever read: a code is known as a whole or not at all.
 *
 * @example
 * knownKind({ RATE_LIMITED: 'platform.rate_limited' }, 'RATE_LIMITED'); // 'platform.rate_limited'
 * knownKind({ RATE_LIMITED: 'platform.rate_limited' }, 'RATE_LIMITED_SOON'); // null
 */
export function knownKind(table: Readonly<Record<string, FailureKind>>, code: string): FailureKind | null {
  return Object.hasOwn(table, code) ? table[code]! : null;
}

/**
 * The kind a provider's code table gives `code`; a code the table does not know gets `fallback`,
 * by default `platform.internal` (seed 000: "treat unknown values like `internal`"; the code is
 * kept in `Failure.code`). For codes that arrive with nothing more general to fall back on (a
 * session's `error_code`, a run's status); where an HTTP status or an SDK class is known, the
 * classifiers fall back to those first ({@link knownKind}).
 *
 * @example
 * kindOfCode({ RATE_LIMITED: 'platform.rate_limited' }, 'RATE_LIMITED'); // 'platform.rate_limited'
 * kindOfCode({ RATE_LIMITED: 'platform.rate_limited' }, 'SANDBOX_ON_FIRE'); // 'platform.internal'
 * kindOfCode({ partial: 'agent.partial' }, 'exploded', 'agent.partial'); // 'agent.partial'
 */
export function kindOfCode(
  table: Readonly<Record<string, FailureKind>>,
  code: string,
  fallback: FailureKind = 'platform.internal',
): FailureKind {
  return knownKind(table, code) ?? fallback;
}
