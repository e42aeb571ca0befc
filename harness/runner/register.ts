import type { TestInfo } from '@playwright/test';
import { scenarioModes, type Scenario } from '../scenario/define.ts';
import type { BrowserParts } from '../../mocks/faults/index.ts';
import type { Provider, RecoveryHandler } from '../contract/index.ts';
import type { FaultlineWorkerFixtures } from './fixtures.ts';
import { isClient, isCommand } from './load-handler.ts';
import { failsRun } from '../oracle/index.ts';
import { formatNonStrict, formatProblems, traceJson } from './report-result.ts';
import { runScenario, type ScenarioResult } from './run-scenario.ts';
import { testAt } from './test-at.ts';
import { knownSecrets } from './secrets.ts';
import type { SourceLocation } from '../scenario/caller-file.ts';

type Shared = Pick<FaultlineWorkerFixtures, 'handler' | 'decisionTimeoutMs' | 'seed' | 'strict'>;

/** Real time a client run may take, kept below Playwright's test timeout so the clock is always restored. */
const CLIENT_REAL_MARGIN_MS = 5_000;

/**
 * Registers one Playwright test for the scenario, run by every handler project. Browser scenarios
 * ask for Playwright's `browser` fixture; policy scenarios never launch one. A client handler runs
 * the scenario in client mode against the provider's simulator, a command client runs it as a
 * process against the simulator on a loopback port; both skip (saying why) scenarios they cannot
 * run there. A `fail` verdict fails the test; a `non-strict` one passes it with an annotation and
 * a warning line, or fails it in strict mode.
 *
 * @example
 * registerScenarioTest(defineScenario(id, spec, file), callerLocation());
 */
export function registerScenarioTest(scenario: Scenario, location: SourceLocation | null): void {
  const details = {
    tag: [
      `@${scenario.provider}`,
      ...scenarioModes(scenario).map((mode) => `@${mode}`),
      ...(scenario.tasks > 1 ? ['@fleet'] : []),
    ],
    annotation: [
      { type: 'kinds', description: scenario.kinds.join(', ') },
      { type: 'sources', description: scenario.sources.join(', ') || '(none)' },
    ],
  };
  if (scenario.browser) {
    testAt(
      location,
      scenario.id,
      details,
      async ({ handler, decisionTimeoutMs, seed, strict, liveBrowser, site }, testInfo) => {
        if (isClient(handler) || isCommand(handler))
          return testInfo.skip(
            true,
            'browser scenarios judge policy handlers; client handlers run the client-mode scenarios',
          );
        await judgeScenario(scenario, { handler, decisionTimeoutMs, seed, strict }, testInfo, {
          browser: await liveBrowser(),
          site,
        });
      },
    );
  } else {
    testAt(
      location,
      scenario.id,
      details,
      async ({ handler, decisionTimeoutMs, seed, strict, simulatorServer }, testInfo) => {
        if (!isClient(handler) && !isCommand(handler)) {
          if (scenario.tasks > 1)
            return testInfo.skip(
              true,
              'a fleet runs in client mode only: a policy handler decides one failure, not many tasks at once',
            );
          return judgeScenario(scenario, { handler, decisionTimeoutMs, seed, strict }, testInfo);
        }
        const why = clientSkip(scenario, handler);
        if (why) return testInfo.skip(true, why);
        await simulatorServer();
        const realLimitMs = Math.max(1_000, (testInfo.timeout || 30_000) - CLIENT_REAL_MARGIN_MS);
        // Client and command runs load MSW and their runners here, on first use: a worker that only
        // judges policy handlers never loads them (a failed test costs a new worker, so this counts).
        const { runClientScenario } = await import('./client/run-client-scenario.ts');
        if (isClient(handler))
          return report(
            await runClientScenario(scenario, { client: handler, seed, realLimitMs, secrets: knownSecrets() }),
            testInfo,
            strict,
          );
        const { judgeCommand } = await import('./process/judge-command.ts');
        const outcome = await judgeCommand(scenario, handler, { seed, realLimitMs, secrets: knownSecrets() });
        if (outcome.skipped !== null) return testInfo.skip(true, outcome.skipped);
        await report(outcome, testInfo, strict);
      },
    );
  }
}

function clientSkip(scenario: Scenario, client: { name: string; providers: readonly Provider[] }): string | null {
  if (scenario.provider === 'cli')
    return 'no client mode for cli: the cli tool runs as a child process per attempt, and policy handlers judge how it ended; no simulator serves it to a client';
  if (!scenario.client)
    return `no client mode: a fault of this scenario has no form a ${scenario.provider} simulator can serve`;
  if (!client.providers.includes(scenario.provider))
    return `client "${client.name}" speaks ${client.providers.join(', ')}, not ${scenario.provider}`;
  return null;
}

async function judgeScenario(
  scenario: Scenario,
  { strict, ...shared }: Shared & { handler: RecoveryHandler },
  testInfo: TestInfo,
  browser?: BrowserParts,
): Promise<void> {
  await report(await runScenario(scenario, { ...shared, browser, secrets: knownSecrets() }), testInfo, strict);
}

async function report(result: ScenarioResult, testInfo: TestInfo, strict: boolean): Promise<void> {
  await testInfo.attach('faultline-trace.json', { body: traceJson(result), contentType: 'application/json' });
  if (failsRun(result.grade, { strict })) {
    const error = new Error(formatProblems(result));
    error.stack = error.message;
    throw error;
  }
  if (result.grade === 'non-strict') {
    testInfo.annotations.push({ type: 'non-strict', description: formatProblems(result) });
    console.warn(formatNonStrict(result));
  }
}
