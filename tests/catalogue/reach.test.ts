import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../harness/catalogue/load.ts';
import { formatUnreached, runReference, unreachedIn } from '../../harness/catalogue/reach.ts';

describe('every armed step fires for the reference handler (a property of the catalogue)', () => {
  it('names the scenario, its file and the step the reference handler never reaches', async () => {
    const scenarios = await loadCatalogue(['tests/fixtures/unreachable']);
    const results = await runReference(scenarios);
    expect(results.map((r) => r.grade)).toEqual(['pass']); // the handler is not blamed...
    expect(formatUnreached(unreachedIn(results, scenarios))).toEqual([
      // ...the catalogue is
      'tests/fixtures/unreachable/hcompany/captcha-then-crash.scenario.ts: scenario "hcompany/captcha-then-crash": the reference handler ends it before its step is tested ' +
        '(armed fault never fired: schedule[1] hcompany.session was armed to fire 1 time but fired 0)',
    ]);
  });
});
