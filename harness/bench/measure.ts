import { performance } from 'node:perf_hooks';
import { chromium, type Browser } from '@playwright/test';
import reference from '../handlers/reference.ts';
import { DEFAULT_DECISION_TIMEOUT_MS } from '../runner/ask-handler.ts';
import { resolveBrowser } from '../shared/browser-path.ts';
import { runScenario } from '../runner/run-scenario.ts';
import type { Scenario } from '../scenario/define.ts';
import { faultById, type BrowserParts } from '../../mocks/faults/index.ts';
import { startFixtureSite } from '../../mocks/site/server.ts';

/** Real ms each scenario took in-process, and the virtual ms its decisions waited. */
export interface ScenarioTimings {
  realMs: number[];
  virtualMs: number;
}

/**
 * Runs each scenario once in-process against the reference handler (one shared browser and site
 * for browser scenarios) and times every run, in the scenarios' order.
 *
 * @example
 * const { realMs } = await timeScenarios(policyScenarios, 1);
 */
export async function timeScenarios(scenarios: readonly Scenario[], seed: number): Promise<ScenarioTimings> {
  const parts = scenarios.some((s) => s.browser) ? await launchParts() : undefined;
  const realMs: number[] = [];
  let virtualMs = 0;
  try {
    for (const scenario of scenarios) {
      const started = performance.now();
      const result = await runScenario(scenario, {
        handler: reference,
        seed,
        decisionTimeoutMs: DEFAULT_DECISION_TIMEOUT_MS,
        browser: parts,
      });
      realMs.push(performance.now() - started);
      virtualMs += result.attempts.at(-1)?.atMs ?? 0;
    }
  } finally {
    await closeParts(parts);
  }
  return { realMs, virtualMs };
}

/**
 * Times how long realizing each browser lifecycle fault takes (from arming to the native payload).
 *
 * @example
 * await timeFaults(['browser.crash', 'browser.killed']); // { 'browser.crash': 180.2, … }
 */
export async function timeFaults(ids: readonly string[]): Promise<Record<string, number>> {
  const parts = await launchParts();
  const times: Record<string, number> = {};
  try {
    for (const id of ids) {
      const fault = faultById(id)!;
      const started = performance.now();
      const task = {
        id: `bench/${id}`,
        provider: 'playwright' as const,
        prompt: 'bench',
        budget: { maxSteps: 1, maxTimeS: 1 },
      };
      await fault.realize(fault.params.parse({}), {
        provider: 'playwright',
        task,
        attempt: 1,
        browser: parts,
        changes: [],
      });
      times[id] = performance.now() - started;
    }
  } finally {
    await closeParts(parts);
  }
  return times;
}

async function launchParts(): Promise<BrowserParts> {
  const site = await startFixtureSite();
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: resolveBrowser(process.env, chromium.executablePath()).executablePath,
    });
  } catch (error) {
    await site.close();
    throw error;
  }
  return { browser, site };
}

async function closeParts(parts: BrowserParts | undefined): Promise<void> {
  await parts?.browser.close();
  await parts?.site.close();
}
