import { describe, expect, it } from 'vitest';
import type { ReportEntry } from '../../harness/report/entry.ts';
import { reportSeed, runSeedFrom } from '../../harness/report/seed.ts';
import { scenarioSeed } from '../../harness/runner/random.ts';

const ran = (scenario: string, runSeed: number): ReportEntry => ({
  scenario,
  handler: 'reference',
  provider: 'hcompany',
  kinds: [],
  verdict: 'pass',
  broken: [],
  problems: [],
  decisions: [],
  seed: scenarioSeed(runSeed, scenario),
});
const skipped: ReportEntry = { ...ran('hcompany/x', 0), verdict: 'skipped', seed: null };

describe('the run seed of a report', () => {
  it('undoes scenarioSeed for any id and seed', () => {
    for (const id of ['hcompany/captcha', 'chaos/skyvern', '', 'x/ünïcødé/😀', 'a'.repeat(300)]) {
      for (const seed of [0, 1, 7, 2 ** 31, 2 ** 32 - 1]) expect(runSeedFrom(id, scenarioSeed(seed, id))).toBe(seed);
    }
  });

  it('comes from the traces, so a merge without FAULTLINE_SEED still names it, and they win over the environment', () => {
    const entries = [ran('hcompany/a', 7), ran('webcompute/b', 7), skipped];
    expect(reportSeed(entries, undefined)).toBe(7);
    expect(reportSeed(entries, 12)).toBe(7);
  });

  it('is FAULTLINE_SEED when nothing ran, and null when traces disagree or nothing says', () => {
    expect(reportSeed([skipped], 12)).toBe(12);
    expect(reportSeed([], undefined)).toBeNull();
    expect(reportSeed([ran('hcompany/a', 7), ran('webcompute/b', 8)], 7)).toBeNull();
  });
});
