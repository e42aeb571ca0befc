import type { ReportDecision, ReportEntry } from '../../harness/report/entry.ts';

/** A decision as the reports hold it. */
export const decision = (attempt: number, atMs: number, rest: Partial<ReportDecision> = {}): ReportDecision => ({
  attempt,
  atMs,
  kind: 'platform.rate_limited',
  fault: 'hcompany.rate_limit',
  askedMs: null,
  action: 'retry',
  delayMs: 2_000,
  changes: [],
  ...rest,
});

/** A report entry: by default a rate-limited scenario retried once after 2 s, then a success. */
export const entry = (
  scenario: string,
  handler: string,
  verdict: ReportEntry['verdict'],
  extra: Partial<ReportEntry> = {},
): ReportEntry => ({
  scenario,
  handler,
  provider: 'hcompany',
  kinds: ['platform.rate_limited'],
  verdict,
  broken: [],
  problems: [],
  seed: 1,
  decisions: [
    decision(1, 0),
    decision(2, 2_000, { kind: null, fault: null, action: 'accept', delayMs: undefined, changes: undefined }),
  ],
  ...extra,
});
