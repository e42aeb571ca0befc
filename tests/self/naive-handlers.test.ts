import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../harness/catalogue/load.ts';
import { runCatalogue } from '../../harness/catalogue/run-catalogue.ts';
import type { ScenarioResult } from '../../harness/runner/run-scenario.ts';
import type { Scenario } from '../../harness/scenario/define.ts';
import naiveNeverRetry from '../../harness/handlers/naive-never-retry.ts';
import naiveRetryAll from '../../harness/handlers/naive-retry-all.ts';
import reference from '../../harness/handlers/reference.ts';

const SEED = 20261128;
let catalogue: Scenario[];
const failing = (results: ScenarioResult[]) => results.filter((r) => !r.passed).map((r) => r.scenario);

beforeAll(async () => {
  catalogue = await loadCatalogue();
}, 60_000);

describe('the catalogue has teeth', () => {
  it('passes the reference handler on every scenario', async () => {
    const results = await runCatalogue(catalogue, reference, { seed: SEED });
    expect(results.filter((r) => !r.passed).map((r) => `${r.scenario}:\n${r.problems.join('\n')}`)).toEqual([]);
  }, 120_000);

  it('catches "retry everything unchanged" on the scenarios where that is wrong', async () => {
    const caught = failing(await runCatalogue(catalogue, naiveRetryAll, { seed: SEED }));
    expect(caught).toEqual(expect.arrayContaining([
      'hcompany/outcome-blocked-captcha', // captcha never loops
      'hcompany/no-answer-raise-budget', // never unchanged: raise the budget
      'skyvern/canceled', // never retry a cancel
      'webcompute/rate-limited-retry-after', // 1 s < Retry-After 2 s
      'webcompute/invalid-params-change-request', // next: change_request
      'problem/unavailable-backoff', // no growth, no jitter
      'playwright/proxy-refused', // never retry a dead proxy unchanged
    ]));
  }, 120_000);

  it('catches "never retry" on every scenario whose fault is worth a retry', async () => {
    const caught = failing(await runCatalogue(catalogue, naiveNeverRetry, { seed: SEED }));
    expect(caught).toEqual(expect.arrayContaining([
      'hcompany/environment-error-retried',
      'skyvern/failed-retried',
      'webcompute/rate-limited-retry-after',
      'problem/connection-refused',
      'playwright/navigation-timeout',
      'playwright/renderer-crash',
    ]));
    // …and does not flag it where giving up is right.
    expect(caught).not.toContain('skyvern/canceled');
    expect(caught).not.toContain('problem/idempotency-key-reused');
  }, 120_000);

  it('a retry whose change really cures the fault is healed: the trace says so', async () => {
    const ids = ['hcompany/browser-slow-page-raise-budget', 'playwright/proxy-resets-mid-response'];
    for (const result of await runCatalogue(catalogue.filter((s) => ids.includes(s.id)), reference, { seed: SEED })) {
      expect(result.problems).toEqual([]);
      expect(result.trace.events.map((e) => e.type)).toContain('healed');
    }
    // Retrying unchanged never cures them: the armed fault fires every time.
    const naive = await runCatalogue(catalogue.filter((s) => ids.includes(s.id)), naiveRetryAll, { seed: SEED });
    for (const result of naive) expect(result.trace.events.map((e) => e.type)).not.toContain('healed');
  }, 60_000);

  it('reports a wrong decision with the fault, the decision, the expectation and the rule', async () => {
    const [result] = await runCatalogue(catalogue.filter((s) => s.id === 'webcompute/rate-limited-retry-after'), naiveRetryAll, { seed: SEED });
    const message = result!.problems.join('\n');
    expect(message).toMatch(/platform\.rate_limited/);
    expect(message).toMatch(/RATE_LIMITED/);
    expect(message).toMatch(/1[ ,]?000 ms/);
    expect(message).toMatch(/2[ ,]?000 ms/);
    expect(message).toMatch(/retry-after/);
  }, 60_000);
});
