import { z } from 'zod';
import { byCodeUnits } from '../shared/sort.ts';

/**
 * Schema of a scenario × handler verdict in the reports: the grade (`pass`, `non-strict`: only
 * `should` rules broken, `fail`) or `skipped` when it did not run.
 */
export const ReportVerdictSchema = z.enum(['pass', 'non-strict', 'fail', 'skipped']);
/** A scenario × handler verdict in the reports. */
export type ReportVerdict = z.infer<typeof ReportVerdictSchema>;

/** Schema of a rule's level: `must` (a seed or RFC says it) or `should` (best practice). */
export const RuleLevelSchema = z.enum(['must', 'should']);
/** How binding a rule is. */
export type RuleLevel = z.infer<typeof RuleLevelSchema>;

/** Schema of a broken oracle rule of a scenario × handler. */
export const BrokenRuleSchema = z.object({
  rule: z.string(),
  level: RuleLevelSchema,
  /** The attempt it concerns, or null for the scenario as a whole. */
  attempt: z.number().int().nullable(),
});
/** A broken oracle rule (its message is among the entry's problems). */
export type BrokenRule = z.infer<typeof BrokenRuleSchema>;

/** Schema of one decision of a scenario × handler, as the reports show it. */
export const ReportDecisionSchema = z.object({
  attempt: z.number().int(),
  /** Virtual ms of the decision. */
  atMs: z.number(),
  /** The failure's kind, or null when the attempt succeeded. */
  kind: z.string().nullable(),
  /** The fault that fired on this attempt, or null (the clean success, or not known). */
  fault: z.string().nullable(),
  /** The wait the provider asked for (`Retry-After`, `retry_after_ms`), or null. */
  askedMs: z.number().nullable(),
  action: z.string(),
  delayMs: z.number().optional(),
  changes: z.array(z.string()).optional(),
  to: z.string().optional(),
  reason: z.string().optional(),
});
/** One decision of a scenario × handler, as the reports show it. */
export type ReportDecision = z.infer<typeof ReportDecisionSchema>;

/**
 * Schema of one scenario × handler in the conformance report: the one shape every report
 * (json, md, html, diff) is written from, whichever way the handler ran.
 */
export const ReportEntrySchema = z.object({
  scenario: z.string(),
  handler: z.string(),
  provider: z.string(),
  kinds: z.array(z.string()),
  verdict: ReportVerdictSchema,
  /** The oracle rules broken, with their levels. */
  broken: z.array(BrokenRuleSchema),
  /** Broken rules and other problems, in plain words (a skip's reason for skipped entries). */
  problems: z.array(z.string()),
  decisions: z.array(ReportDecisionSchema),
  /** The scenario's seed (null when it did not run). */
  seed: z.number().nullable(),
});
/** One scenario × handler in the conformance report. */
export type ReportEntry = z.infer<typeof ReportEntrySchema>;

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
 * The handlers of some entries, sorted.
 *
 * @example
 * handlersOf(entries); // ['naive-retry-all', 'reference']
 */
export function handlersOf(entries: readonly ReportEntry[]): string[] {
  return [...new Set(entries.map((e) => e.handler))].sort(byCodeUnits);
}

/**
 * A broken rule as the reports name it: its id and level.
 *
 * @example
 * ruleName({ rule: 'retry-after', level: 'must', attempt: 1 }); // 'retry-after (must)'
 */
export function ruleName(broken: Pick<BrokenRule, 'rule' | 'level'>): string {
  return `${broken.rule} (${broken.level})`;
}

/**
 * What a decision did, without its time: the action and, for a retry, the wait (in ms unless told
 * how to write it) and changes.
 *
 * @example
 * describeAction({ action: 'retry', delayMs: 4_000, changes: ['fresh_browser'] }); // 'retry after 4,000 ms with fresh_browser'
 * describeAction({ action: 'escalate', to: 'human' }); // 'escalate to human'
 */
export function describeAction(
  d: Pick<ReportDecision, 'action' | 'delayMs' | 'changes' | 'to'>,
  duration = inMs,
): string {
  if (d.action === 'retry')
    return `retry after ${duration(d.delayMs ?? 0)}${d.changes?.length ? ` with ${d.changes.join(', ')}` : ''}`;
  return d.action === 'escalate' ? `escalate to ${d.to}` : d.action;
}

/**
 * One line for a decision, with its virtual time and the wait the provider asked for.
 *
 * @example
 * describeReportDecision({ attempt: 2, atMs: 2_000, kind: 'platform.rate_limited', fault: 'webcompute.gateway', askedMs: 30_000, action: 'retry', delayMs: 1_000, changes: [] });
 * // '+2,000 ms  #2 platform.rate_limited → retry after 1,000 ms (asked 30,000 ms)'
 */
export function describeReportDecision(d: ReportDecision): string {
  const asked = d.askedMs === null ? '' : ` (asked ${inMs(d.askedMs)})`;
  return `+${inMs(d.atMs)}  #${d.attempt} ${d.kind ?? 'success'} → ${describeAction(d)}${asked}`;
}

function inMs(ms: number): string {
  return `${ms.toLocaleString('en-US')} ms`;
}
