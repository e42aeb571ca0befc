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

/** One scenario × handler in the conformance report. */
export interface ReportEntry {
  scenario: string;
  handler: string;
  provider: string;
  kinds: string[];
  verdict: 'passed' | 'failed' | 'skipped';
  /** Broken rules and other problems, in plain words (a skip's reason for skipped entries). */
  problems: string[];
  decisions: ReportDecision[];
  /** The scenario's seed (null when it did not run). */
  seed: number | null;
}

/** Sorts entries by scenario, then handler: the order every report is written in. */
export function sortEntries(entries: readonly ReportEntry[]): ReportEntry[] {
  return [...entries].sort((a, b) => a.scenario.localeCompare(b.scenario) || a.handler.localeCompare(b.handler));
}

/** Passed, failed and skipped counts of some entries. */
export function tally(entries: readonly ReportEntry[]): { passed: number; failed: number; skipped: number } {
  const count = (verdict: ReportEntry['verdict']) => entries.filter((e) => e.verdict === verdict).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
}

/** The handlers of some entries, sorted. */
export function handlersOf(entries: readonly ReportEntry[]): string[] {
  return [...new Set(entries.map((e) => e.handler))].sort();
}

/** One line for a decision: `+2,000 ms  #1 platform.rate_limited → retry after 2,000 ms`. */
export function describeReportDecision(d: ReportDecision): string {
  const detail = d.action === 'retry'
    ? ` after ${(d.delayMs ?? 0).toLocaleString('en-US')} ms${d.changes?.length ? ` with ${d.changes.join(', ')}` : ''}`
    : d.action === 'escalate' ? ` to ${d.to}` : '';
  return `+${d.atMs.toLocaleString('en-US')} ms  #${d.attempt} ${d.kind ?? 'success'} → ${d.action}${detail}`;
}
