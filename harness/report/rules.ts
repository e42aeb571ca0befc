import { byCodeUnits } from '../shared/sort.ts';
import { handlersOf, sortEntries, type ReportEntry, type RuleLevel } from './entry.ts';

/** One rule a handler broke, and the scenarios it broke it in. */
export interface RuleBreaks {
  rule: string;
  /** `must` when any of its breaks was `must`-level. */
  level: RuleLevel;
  /** Scenarios, sorted; a rule broken on several attempts of one scenario counts once. */
  scenarios: string[];
}

/**
 * Per handler, the rules it broke, the most broken first (by scenarios, then `must` before
 * `should`, then by id).
 *
 * @example
 * rulesBroken(entries)['naive-retry-all'][0]; // { rule: 'retry-after', level: 'must', scenarios: ['hcompany/rate-limited', …] }
 */
export function rulesBroken(entries: readonly ReportEntry[]): Record<string, RuleBreaks[]> {
  return Object.fromEntries(
    handlersOf(entries).map((handler) => {
      const byRule = new Map<string, RuleBreaks>();
      for (const entry of sortEntries(entries.filter((e) => e.handler === handler))) {
        for (const { rule, level } of entry.broken) {
          const breaks = byRule.get(rule) ?? { rule, level, scenarios: [] };
          if (level === 'must') breaks.level = 'must';
          if (!breaks.scenarios.includes(entry.scenario)) breaks.scenarios.push(entry.scenario);
          byRule.set(rule, breaks);
        }
      }
      const mostFirst = [...byRule.values()].sort(
        (a, b) =>
          b.scenarios.length - a.scenarios.length ||
          levelRank(a.level) - levelRank(b.level) ||
          byCodeUnits(a.rule, b.rule),
      );
      return [handler, mostFirst];
    }),
  );
}

function levelRank(level: RuleLevel): number {
  return level === 'must' ? 0 : 1;
}
