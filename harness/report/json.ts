import { handlersOf, sortEntries, tally, type ReportEntry } from './entry.ts';

/**
 * `conformance.json`: per scenario × handler the verdict (pass, non-strict, fail, skipped), the
 * broken rules with their levels, the problems, decisions and seed, plus counts per handler and
 * the run's seed. Sorted, with no wall-clock figure, so a sharded and
 * merged run writes the same file as one unsharded run.
 *
 * @example
 * writeFileSync('conformance.json', conformanceJson(entries, reportSeed(entries, process.env.FAULTLINE_SEED)));
 */
export function conformanceJson(entries: readonly ReportEntry[], runSeed: number | null): string {
  const summary = Object.fromEntries(handlersOf(entries).map((h) => [h, tally(entries.filter((e) => e.handler === h))]));
  return `${JSON.stringify({ seed: runSeed, summary, entries: sortEntries(entries) }, null, 2)}\n`;
}
