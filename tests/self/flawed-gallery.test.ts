import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../harness/catalogue/load.ts';
import { runCatalogue } from '../../harness/catalogue/run-catalogue.ts';
import { FLAWED_HANDLERS } from '../../harness/handlers/flawed/index.ts';
import type { Scenario } from '../../harness/scenario/define.ts';

let catalogue: Scenario[];
const caughtBy = new Map<string, string[]>();

beforeAll(async () => {
  catalogue = await loadCatalogue();
}, 60_000);

describe('the gallery of flawed handlers: each realistic bug is caught', () => {
  it('has at least 10 flawed handlers', () => {
    expect(FLAWED_HANDLERS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(FLAWED_HANDLERS.map((h) => [h.name, h] as const))('%s is caught by at least one scenario', async (name, handler) => {
    const results = await runCatalogue(catalogue, handler, { seed: 20261128 });
    const caught = results.filter((r) => !r.passed).map((r) => r.scenario);
    caughtBy.set(name, caught);
    expect(caught.length).toBeGreaterThan(0);
  }, 180_000);

  it('reports the kill rate', () => {
    const killed = [...caughtBy.values()].filter((caught) => caught.length > 0).length;
    console.log(`flawed-handler kill rate: ${killed}/${FLAWED_HANDLERS.length}`);
    for (const [name, caught] of caughtBy) console.log(`  ${name}: caught by ${caught.length} scenarios, e.g. ${caught.slice(0, 3).join(', ')}`);
    expect(killed).toBe(FLAWED_HANDLERS.length);
  });
});
