import { byCodeUnits } from '../shared/sort.ts';
import { ruleName, type ReportEntry, type ReportVerdict } from './entry.ts';

/** A scenario × handler whose verdict changed between two reports (null: not in that report). */
export interface VerdictChange {
  scenario: string;
  handler: string;
  before: ReportVerdict | null;
  after: ReportVerdict | null;
  /** The rules broken now, as `rule (level)`. */
  rules: string[];
}

/**
 * What changed between two reports, each list sorted by handler, then scenario. `worse` and
 * `better` compare scenarios that ran in both (pass, then non-strict, then fail); `added` ran
 * only now, `removed` only before (missing or skipped in the other report).
 */
export interface Comparison {
  worse: VerdictChange[];
  better: VerdictChange[];
  added: VerdictChange[];
  removed: VerdictChange[];
}

/** How bad a verdict is: pass < non-strict < fail. */
const RANK: Record<Exclude<ReportVerdict, 'skipped'>, number> = { pass: 0, 'non-strict': 1, fail: 2 };

/**
 * Compares a previous report's entries with the current ones, per scenario × handler.
 *
 * @example
 * compareReports(previous.entries, entries).worse;
 * // [{ scenario: 'webcompute/rate-limited-retry-after', handler: 'mine', before: 'pass', after: 'fail', rules: ['retry-after (must)'] }]
 */
export function compareReports(before: readonly ReportEntry[], after: readonly ReportEntry[]): Comparison {
  const key = (e: ReportEntry) => JSON.stringify([e.handler, e.scenario]);
  const previous = new Map(before.map((e) => [key(e), e]));
  const current = new Map(after.map((e) => [key(e), e]));
  const comparison: Comparison = { worse: [], better: [], added: [], removed: [] };
  for (const k of [...new Set([...previous.keys(), ...current.keys()])]) {
    const [was, now] = [previous.get(k), current.get(k)];
    const [from, to] = [ran(was), ran(now)];
    const change: VerdictChange = {
      scenario: (now ?? was)!.scenario,
      handler: (now ?? was)!.handler,
      before: was?.verdict ?? null,
      after: now?.verdict ?? null,
      rules: [...new Set((now?.broken ?? []).map(ruleName))],
    };
    if (from === null && to !== null) comparison.added.push(change);
    else if (from !== null && to === null) comparison.removed.push(change);
    else if (from !== null && to !== null && RANK[to] > RANK[from]) comparison.worse.push(change);
    else if (from !== null && to !== null && RANK[to] < RANK[from]) comparison.better.push(change);
  }
  for (const list of Object.values(comparison))
    list.sort(
      (a: VerdictChange, b: VerdictChange) => byCodeUnits(a.handler, b.handler) || byCodeUnits(a.scenario, b.scenario),
    );
  return comparison;
}

function ran(entry: ReportEntry | undefined): Exclude<ReportVerdict, 'skipped'> | null {
  return entry && entry.verdict !== 'skipped' ? entry.verdict : null;
}

/**
 * A comparison in plain text, per handler: what got worse (with the rules broken now), better,
 * added and removed; one line when nothing changed.
 *
 * @example
 * formatComparison(compareReports(old.entries, now.entries));
 * // 'mine: 1 worse, 0 better, 0 added, 0 removed\n  worse    webcompute/rate-limited-retry-after: pass → fail (retry-after (must))'
 */
export function formatComparison(comparison: Comparison): string {
  const all = [...comparison.worse, ...comparison.better, ...comparison.added, ...comparison.removed];
  if (all.length === 0) return 'No scenario × handler changed its verdict.';
  const handlers = [...new Set(all.map((c) => c.handler))].sort(byCodeUnits);
  const lines: string[] = [];
  for (const handler of handlers) {
    const own = (list: VerdictChange[]) => list.filter((c) => c.handler === handler);
    lines.push(
      `${handler}: ${(['worse', 'better', 'added', 'removed'] as const).map((what) => `${own(comparison[what]).length} ${what}`).join(', ')}`,
    );
    for (const what of ['worse', 'better', 'added', 'removed'] as const) {
      for (const c of own(comparison[what])) lines.push(`  ${what.padEnd(8)} ${describeChange(c)}`);
    }
  }
  return lines.join('\n');
}

/**
 * One change in words: the scenario, the verdicts before and after, the rules broken now.
 *
 * @example
 * describeChange({ scenario: 'a/b', handler: 'h', before: 'pass', after: 'fail', rules: ['retry-after (must)'] });
 * // 'a/b: pass → fail (retry-after (must))'
 */
export function describeChange(c: VerdictChange): string {
  return `${c.scenario}: ${c.before ?? 'absent'} → ${c.after ?? 'absent'}${c.rules.length ? ` (${c.rules.join(', ')})` : ''}`;
}
