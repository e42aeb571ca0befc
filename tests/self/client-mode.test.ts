import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../harness/catalogue/load.ts';
import naiveClient from '../../harness/handlers/naive-client.ts';
import referenceClient from '../../harness/handlers/reference-client.ts';
import { closeMswServer } from '../../harness/runner/client/msw-server.ts';
import { runClientScenario, type ClientScenarioResult } from '../../harness/runner/client/run-client-scenario.ts';
import type { Scenario } from '../../harness/scenario/define.ts';
import type { ClientHandler } from '../../harness/contract/index.ts';

let clientScenarios: Scenario[];
beforeAll(async () => {
  clientScenarios = (await loadCatalogue()).filter((s) => s.client);
}, 60_000);
afterAll(() => closeMswServer());

async function runAll(client: ClientHandler): Promise<ClientScenarioResult[]> {
  const results: ClientScenarioResult[] = [];
  for (const scenario of clientScenarios)
    results.push(await runClientScenario(scenario, { client, seed: 20261128, realLimitMs: 20_000 }));
  return results;
}

describe('client mode over the whole catalogue', () => {
  it('has at least 10 client-mode scenarios per platform', () => {
    const count = (provider: string) => clientScenarios.filter((s) => s.provider === provider).length;
    const providers = ['hcompany', 'skyvern', 'webcompute', 'problem'];
    console.log(`client-mode scenarios: ${providers.map((p) => `${p} ${count(p)}`).join(', ')}`);
    for (const provider of providers) expect(count(provider)).toBeGreaterThanOrEqual(10);
  });

  it('the reference client passes every client-mode scenario', async () => {
    const failed = (await runAll(referenceClient)).filter((r) => r.grade !== 'pass');
    expect(failed.map((r) => `${r.scenario}: ${r.problems.join(' | ')}`)).toEqual([]);
  }, 120_000);

  it('the naive client is caught, on the scenarios that name its bugs', async () => {
    const results = await runAll(naiveClient);
    const caught = results.filter((r) => r.grade !== 'pass');
    console.log(`naive client caught by ${caught.length} of ${results.length} client-mode scenarios`);
    const why = (id: string) => caught.find((r) => r.scenario === id)?.problems.join('\n') ?? '(passed)';
    // Retries at once, ignoring Retry-After.
    expect(why('hcompany/rate-limited-retry-after-30-thrice')).toMatch(
      /expected retry after ≥ 30,000 ms \(rule retry-after/,
    );
    // A new Idempotency-Key for a create whose answer was lost: two runs.
    expect(why('hcompany/create-answer-lost')).toMatch(
      /resent a create whose answer was lost with Idempotency-Key .* two runs now exist/,
    );
    expect(why('webcompute/execute-answer-lost')).toMatch(/resent a create whose answer was lost/);
    // Retries what must not be retried.
    expect(why('skyvern/captcha-in-errors')).toMatch(/agent\.captcha .* decided retry/);
    expect(why('webcompute/browser-configuring')).toMatch(/rule delay-wait/);
    expect(caught.length / results.length).toBeGreaterThan(0.7);
  }, 120_000);
});
