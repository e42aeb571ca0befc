import type { TestInfo } from '@playwright/test';
import type { Scenario } from '../scenario/define.ts';
import type { BrowserParts } from '../../mocks/faults/index.ts';
import type { FaultlineWorkerFixtures } from './fixtures.ts';
import { formatProblems, traceJson } from './report-result.ts';
import { runScenario } from './run-scenario.ts';
import { testAt } from './test-at.ts';
import { knownSecrets } from './secrets.ts';
import type { SourceLocation } from '../scenario/caller-file.ts';

type Shared = Pick<FaultlineWorkerFixtures, 'handler' | 'decisionTimeoutMs' | 'seed'>;

/**
 * Registers one Playwright test for the scenario, run by every handler project. Browser scenarios
 * ask for Playwright's `browser` fixture; policy scenarios never launch one.
 *
 * @example
 * registerScenarioTest(defineScenario(id, spec, file), callerLocation());
 */
export function registerScenarioTest(scenario: Scenario, location: SourceLocation | null): void {
  const details = {
    tag: [`@${scenario.provider}`, scenario.browser ? '@browser' : '@policy'],
    annotation: [
      { type: 'kinds', description: scenario.kinds.join(', ') },
      { type: 'sources', description: scenario.sources.join(', ') || '(none)' },
    ],
  };
  if (scenario.browser) {
    testAt(location, scenario.id, details, async ({ handler, decisionTimeoutMs, seed, liveBrowser, site }, testInfo) =>
      judgeScenario(scenario, { handler, decisionTimeoutMs, seed }, testInfo, { browser: await liveBrowser(), site }),
    );
  } else {
    testAt(location, scenario.id, details, async ({ handler, decisionTimeoutMs, seed }, testInfo) =>
      judgeScenario(scenario, { handler, decisionTimeoutMs, seed }, testInfo),
    );
  }
}

async function judgeScenario(scenario: Scenario, shared: Shared, testInfo: TestInfo, browser?: BrowserParts): Promise<void> {
  const result = await runScenario(scenario, { ...shared, browser, secrets: knownSecrets() });
  await testInfo.attach('faultline-trace.json', { body: traceJson(result), contentType: 'application/json' });
  if (!result.passed) {
    const error = new Error(formatProblems(result));
    error.stack = error.message;
    throw error;
  }
}
