import { byCodeUnits } from '../sort.ts';

/** One decision of a scenario × handler, as the report shows it. */
export interface ReportDecision {
  attempt: number;
  /** Virtual ms of the decision. */
  atMs: number;
  /** The failure's kind, or null when the attempt succeeded. */
  kind: string | null;
  action: string;
  delayMs?: number;
  changes?: string[];
  to?: string;
  reason?: string;
}

/** A scenario × handler's verdict: its grade (docs/oracle.md, "Grades"), or skipped. */
export type ReportVerdict = 'pass' | 'non-strict' | 'fail' | 'skipped';

/** A rule the handler broke in a scenario, and how binding it is. */
export interface BrokenRule {
  rule: string;
  level: 'must' | 'should';
}

/** One scenario × handler in the conformance report. */
export interface ReportEntry {
  scenario: string;
  handler: string;
  provider: string;
  kinds: string[];
  verdict: ReportVerdict;
  /** The oracle rules broken, each once, with its level (sorted by rule). */
  rules: BrokenRule[];
  /** Broken rules and other problems, in plain words (a skip's reason for skipped entries). */
  problems: string[];
  decisions: ReportDecision[];
  /** The scenario's seed (null when it did not run). */
  seed: number | null;
}

/**
 * Sorts entries by scenario, then handler (by UTF-16 code units, not by locale, so every machine
 * sorts alike): the order every report is written in.
 *
 * @example
 * sortEntries(entries).map((e) => `${e.scenario} × ${e.handler}`); // ['a × naive', 'a × reference', 'b × naive', …]
 */
export function sortEntries(entries: readonly ReportEntry[]): ReportEntry[] {
  return [...entries].sort((a, b) => byCodeUnits(a.scenario, b.scenario) || byCodeUnits(a.handler, b.handler));
}

/** How many entries got each verdict. */
export type Tally = Record<ReportVerdict, number>;

/**
 * Pass, non-strict, fail and skipped counts of some entries.
 *
 * @example
 * tally(entries.filter((e) => e.handler === 'reference')); // { pass: 12, 'non-strict': 0, fail: 0, skipped: 1 }
 */
export function tally(entries: readonly ReportEntry[]): Tally {
  const count = (verdict: ReportVerdict) => entries.filter((e) => e.verdict === verdict).length;
  return { pass: count('pass'), 'non-strict': count('non-strict'), fail: count('fail'), skipped: count('skipped') };
}

/**
 * The handlers of some entries, sorted.
 *
 * @example
 * handlersOf(entries); // ['naive-retry-all', 'reference']
 */
export function handlersOf(entries: readonly ReportEntry[]): string[] {
  return [...new Set(entries.map((e) => e.handler))].sort(byCodeUnits);
}

/**
 * One line for a decision, with its virtual time.
 *
 * @example
 * describeReportDecision({ attempt: 2, atMs: 2_000, kind: 'platform.rate_limited', action: 'retry', delayMs: 4_000, changes: [] });
 * // '+2,000 ms  #2 platform.rate_limited → retry after 4,000 ms'
 */
export function describeReportDecision(d: ReportDecision): string {
  const detail = d.action === 'retry'
    ? ` after ${(d.delayMs ?? 0).toLocaleString('en-US')} ms${d.changes?.length ? ` with ${d.changes.join(', ')}` : ''}`
    : d.action === 'escalate' ? ` to ${d.to}` : '';
  return `+${d.atMs.toLocaleString('en-US')} ms  #${d.attempt} ${d.kind ?? 'success'} → ${d.action}${detail}`;
}
