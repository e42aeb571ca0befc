import { sortEntries, type ReportEntry } from './entry.ts';
import { scores } from './scores.ts';

/**
 * `conformance.json`: per scenario × handler the verdict, broken rules with their levels,
 * decisions and seed, plus each handler's score (overall and per layer) and the run's seed.
 * Sorted, with no wall-clock figure, so a sharded and merged run writes the same file as one
 * unsharded run.
 *
 * @example
 * writeFileSync('conformance.json', conformanceJson(entries, reportSeed(entries, process.env.FAULTLINE_SEED)));
 */
export function conformanceJson(entries: readonly ReportEntry[], runSeed: number | null): string {
  return `${JSON.stringify({ seed: runSeed, summary: scores(entries), entries: sortEntries(entries) }, null, 2)}\n`;
}
