import { chromium } from '@playwright/test';
import type { RecoveryHandler } from '../contract/index.ts';
import type { Scenario } from '../scenario/define.ts';
import { resolveBrowser } from '../shared/browser-path.ts';
import { DEFAULT_DECISION_TIMEOUT_MS } from '../runner/ask-handler.ts';
import { runScenario, type ScenarioResult } from '../runner/run-scenario.ts';
import { startFixtureSite } from '../../mocks/site/server.ts';

/**
 * Runs scenarios against one handler outside Playwright's test runner (self-tests, benchmarks),
 * one after another, with one real browser and one fixture site shared by all and always torn down.
 *
 * @example
 * const results = await runCatalogue(await loadCatalogue(), naiveRetryAll, { seed: 1 });
 * results.filter((r) => !r.passed).map((r) => r.scenario);
 */
export async function runCatalogue(
  scenarios: readonly Scenario[],
  handler: RecoveryHandler,
  options: { seed: number; decisionTimeoutMs?: number },
): Promise<ScenarioResult[]> {
  const needsBrowser = scenarios.some((s) => s.browser);
  const site = needsBrowser ? await startFixtureSite() : undefined;
  const browser = needsBrowser
    ? await chromium.launch({ executablePath: resolveBrowser(process.env, chromium.executablePath()).executablePath })
    : undefined;
  try {
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      results.push(
        await runScenario(scenario, {
          handler,
          seed: options.seed,
          decisionTimeoutMs: options.decisionTimeoutMs ?? DEFAULT_DECISION_TIMEOUT_MS,
          browser: scenario.browser && browser && site ? { browser, site } : undefined,
        }),
      );
    }
    return results;
  } finally {
    await browser?.close();
    await site?.close();
  }
}
