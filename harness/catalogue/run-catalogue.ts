import { chromium } from '@playwright/test';
import type { RecoveryHandler } from '../contract/index.ts';
import { scenarioModes, type Scenario } from '../scenario/define.ts';
import { resolveBrowser } from '../shared/browser-path.ts';
import { DEFAULT_DECISION_TIMEOUT_MS } from '../runner/ask-handler.ts';
import { runScenario, type ScenarioResult } from '../runner/run-scenario.ts';
import { startFixtureSite } from '../../mocks/site/server.ts';
import type { BrowserParts, Realized } from '../../mocks/faults/index.ts';

/** How to run the catalogue outside Playwright's test runner. */
export interface CatalogueOptions {
  seed: number;
  decisionTimeoutMs?: number;
}

/**
 * The catalogue run against one handler after another (self-tests, benchmarks) with one real
 * browser and one fixture site for all of them, started on first need, and with the faults they
 * realize shared: a handler that reaches an attempt the way an earlier one did gets the fault
 * that attempt really produced, so only paths no earlier handler took cost browser time.
 *
 * @example
 * const shared = new SharedCatalogue(await loadCatalogue(), { seed: 1 });
 * try { for (const handler of handlers) results.set(handler.name, await shared.run(handler)); } finally { await shared.close(); }
 */
export class SharedCatalogue {
  private parts?: Promise<BrowserParts>;
  private readonly realizations = new Map<string, Realized>();

  constructor(
    readonly scenarios: readonly Scenario[],
    private readonly options: CatalogueOptions,
  ) {}

  /** Runs every scenario a policy handler runs (all but fleets, which are client mode only) against the handler, one after another. */
  async run(handler: RecoveryHandler): Promise<ScenarioResult[]> {
    const results: ScenarioResult[] = [];
    for (const scenario of this.scenarios.filter((s) => scenarioModes(s).some((mode) => mode !== 'client'))) {
      results.push(
        await runScenario(scenario, {
          handler,
          seed: this.options.seed,
          decisionTimeoutMs: this.options.decisionTimeoutMs ?? DEFAULT_DECISION_TIMEOUT_MS,
          browser: scenario.browser ? await this.browserParts() : undefined,
          realizations: this.realizations,
        }),
      );
    }
    return results;
  }

  /** Closes the browser and the fixture site, if they were started. */
  async close(): Promise<void> {
    const parts = await this.parts?.catch(() => undefined);
    await parts?.browser.close();
    await parts?.site.close();
  }

  private browserParts(): Promise<BrowserParts> {
    this.parts ??= (async () => {
      const site = await startFixtureSite();
      try {
        const browser = await chromium.launch({
          executablePath: resolveBrowser(process.env, chromium.executablePath()).executablePath,
        });
        return { browser, site };
      } catch (error) {
        await site.close();
        throw error;
      }
    })();
    return this.parts;
  }
}

/**
 * Runs scenarios against one handler outside Playwright's test runner, one after another, with one
 * real browser and one fixture site shared by all and always torn down.
 *
 * @example
 * const results = await runCatalogue(await loadCatalogue(), naiveRetryAll, { seed: 1 });
 * results.filter((r) => r.grade === 'fail').map((r) => r.scenario);
 */
export async function runCatalogue(
  scenarios: readonly Scenario[],
  handler: RecoveryHandler,
  options: CatalogueOptions,
): Promise<ScenarioResult[]> {
  const shared = new SharedCatalogue(scenarios, options);
  try {
    return await shared.run(handler);
  } finally {
    await shared.close();
  }
}
