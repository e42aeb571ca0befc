import reference from '../handlers/reference.ts';
import type { ScenarioResult } from '../runner/verdict.ts';
import type { Scenario } from '../scenario/define.ts';
import { SharedCatalogue } from './run-catalogue.ts';

/** The seed the reference handler runs the catalogue with to check it. */
export const CATALOGUE_CHECK_SEED = 20261128;

/** A scenario whose armed steps the reference handler does not all reach: it tests nothing there. */
export interface Unreached {
  scenario: string;
  file: string;
  /** Each step not reached, in plain words (`schedule[1] … was armed to fire 2 times but fired 1`). */
  steps: string[];
}

/**
 * The scenarios among `results` (the reference handler's) whose armed steps did not all fire.
 * "Every armed fault fired" is a property of the catalogue, not a verdict on a handler under test.
 *
 * @example
 * unreachedIn(results, scenarios); // [{ scenario: 'x/y', file: 'scenarios/x/y.scenario.ts', steps: ['armed fault never fired: schedule[1] …'] }]
 */
export function unreachedIn(results: readonly ScenarioResult[], scenarios: readonly Scenario[]): Unreached[] {
  return results.flatMap((result) => {
    if (!result.unreached.length) return [];
    const file = scenarios.find((s) => s.id === result.scenario)?.file ?? '(unknown file)';
    return [{ scenario: result.scenario, file, steps: result.unreached }];
  });
}

/**
 * Runs the reference handler over the scenarios (one shared browser for those that need one) and
 * returns its results, to check that it passes each and reaches every armed step.
 *
 * @example
 * const results = await runReference(await loadCatalogue());
 */
export async function runReference(scenarios: readonly Scenario[]): Promise<ScenarioResult[]> {
  const shared = new SharedCatalogue(scenarios, { seed: CATALOGUE_CHECK_SEED });
  try {
    return await shared.run(reference);
  } finally {
    await shared.close();
  }
}

/**
 * One line per unreached step, naming the file, the scenario and the step.
 *
 * @example
 * formatUnreached(unreached); // ['scenarios/x/y.scenario.ts: scenario "x/y": the reference handler never reaches schedule[1] …']
 */
export function formatUnreached(unreached: readonly Unreached[]): string[] {
  return unreached.flatMap((u) =>
    u.steps.map(
      (step) =>
        `${u.file}: scenario "${u.scenario}": the reference handler ends it before its step is tested (${step})`,
    ),
  );
}
