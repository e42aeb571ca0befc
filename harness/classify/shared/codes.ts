import type { FailureKind } from '../../contract/index.ts';

/**
 * The kind a provider's code table gives `code`; a code the table does not know gets `fallback`,
 * by default `platform.internal` (DESIGN.md: unknown codes are handled like `internal`, code
 * preserved). Only the table's own entries count, so codes such as `constructor` or `__proto__`
 * are unknown.
 *
 * @example
 * kindOfCode({ RATE_LIMITED: 'platform.rate_limited' }, 'RATE_LIMITED'); // 'platform.rate_limited'
 * kindOfCode({ RATE_LIMITED: 'platform.rate_limited' }, 'SANDBOX_ON_FIRE'); // 'platform.internal'
 * kindOfCode({ partial: 'agent.partial' }, 'exploded', 'agent.partial'); // 'agent.partial'
 */
export function kindOfCode(table: Record<string, FailureKind>, code: string, fallback: FailureKind = 'platform.internal'): FailureKind {
  return (Object.hasOwn(table, code) ? table[code] : undefined) ?? fallback;
}
