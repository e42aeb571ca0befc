import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../harness/catalogue/load.ts';
import { runCatalogue } from '../../harness/catalogue/run-catalogue.ts';
import reference from '../../harness/handlers/reference.ts';
import { traceJson } from '../../harness/runner/report-result.ts';

describe('reproducible from a seed', () => {
  it('the same seed gives byte-identical traces twice; another seed gives other jitter', async () => {
    // Policy scenarios without a browser or a process (each cli attempt spawns the tool: its output
    // is fixed, and tests/simulators/cli.test.ts pins it), run three times.
    const policy = (await loadCatalogue()).filter((s) => !s.browser && s.provider !== 'cli');
    const traces = async (seed: number) => (await runCatalogue(policy, reference, { seed })).map(traceJson);
    const first = await traces(1234);
    expect(await traces(1234)).toEqual(first);
    const other = await traces(4321);
    expect(other).not.toEqual(first);
    expect(first.join('\n')).not.toMatch(/127\.0\.0\.1:\d/);
  }, 60_000);
});
