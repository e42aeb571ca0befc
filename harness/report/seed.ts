import type { ReportEntry } from './entry.ts';

/** FNV-1a's 32-bit offset basis and the inverse of its prime modulo 2^32 (see `scenarioSeed`). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME_INVERSE = 0x359c449b;

/**
 * The run seed a scenario seed came from: undoes `scenarioSeed(runSeed, id)` of
 * harness/runner/random.ts (FNV-1a from `offset ^ runSeed`; each step is invertible).
 *
 * @example
 * runSeedFrom('hcompany/captcha', scenarioSeed(7, 'hcompany/captcha')); // 7
 */
export function runSeedFrom(id: string, scenarioSeed: number): number {
  let hash = scenarioSeed >>> 0;
  for (const char of [...id].reverse()) hash = Math.imul(hash, FNV_PRIME_INVERSE) ^ char.charCodeAt(0);
  return (hash ^ FNV_OFFSET) >>> 0;
}

/**
 * The run's seed as the traces tell it, so a `merge-reports` job without `FAULTLINE_SEED` still
 * names the seed the shards ran with. With no trace (nothing ran), `FAULTLINE_SEED`; null when
 * the traces disagree (shards that each drew their own seed) or nothing says.
 *
 * @example
 * reportSeed(entries, faultlineEnv().FAULTLINE_SEED); // 7
 */
export function reportSeed(entries: readonly ReportEntry[], envSeed: number | undefined): number | null {
  const seeds = new Set(entries.flatMap((e) => (e.seed === null ? [] : [runSeedFrom(e.scenario, e.seed)])));
  if (seeds.size === 0) return envSeed ?? null;
  return seeds.size === 1 ? [...seeds][0]! : null;
}
