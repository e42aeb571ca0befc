import { ScenarioLoadError } from './errors.ts';
import type { SourceLocation } from './caller-file.ts';
import type { Scenario } from './define.ts';

/** Where `scenario()` hands each validated scenario: the Playwright runner, or a collector. */
export type ScenarioSink = (scenario: Scenario, location: SourceLocation | null) => void;

const SINK = Symbol.for('faultline.scenarioSink');
const RUNNER = Symbol.for('faultline.scenarioRunner');
const SEEN = Symbol.for('faultline.scenarioIds');
type Slots = { [SINK]?: ScenarioSink; [RUNNER]?: ScenarioSink; [SEEN]?: Map<string, string> };
// On globalThis, so a package loaded twice (source and build) still shares one registry.
const slots = globalThis as Slots;

/**
 * Installs what `scenario()` does with each scenario outside a collector: the runner installs the
 * Playwright registration here (one test per scenario × handler project), so the scenario language
 * itself never imports the runner.
 *
 * @example
 * installScenarioRunner((scenario, location) => registerScenarioTest(scenario, location));
 */
export function installScenarioRunner(sink: ScenarioSink): void {
  slots[RUNNER] = sink;
}

/**
 * Collects the scenarios that the files loaded inside `load` declare, instead of registering
 * them as Playwright tests. Used by `faultline list`, `lint`, `coverage` and the self-tests.
 *
 * @example
 * const scenarios = await collectScenarios(() => import('./scenarios/hcompany/captcha.scenario.ts'));
 */
export async function collectScenarios(load: () => Promise<unknown>): Promise<Scenario[]> {
  const collected: Scenario[] = [];
  const previous = slots[SINK];
  slots[SINK] = (scenario) => collected.push(scenario);
  try {
    await load();
  } finally {
    slots[SINK] = previous;
  }
  return collected;
}

/**
 * Hands a validated scenario to the active collector, else to the installed runner. Refuses an id
 * already declared by another file, and a scenario declared where neither listens.
 *
 * @example
 * deliverScenario(scenario, callerLocation());
 */
export function deliverScenario(scenario: Scenario, location: SourceLocation | null): void {
  const seen = (slots[SEEN] ??= new Map());
  const first = seen.get(scenario.id);
  if (first !== undefined && first !== scenario.file) {
    throw new ScenarioLoadError(
      `${scenario.file}: scenario id "${scenario.id}" is already used by ${first}; ids must be unique`,
    );
  }
  seen.set(scenario.id, scenario.file);
  const sink = slots[SINK] ?? slots[RUNNER];
  if (!sink) {
    throw new ScenarioLoadError(
      `${scenario.file}: scenario "${scenario.id}" was declared outside a Faultline run: run scenario files with ` +
        '`npx playwright test` (a config made by defineFaultlineConfig), or load them with `faultline list` / `lint`',
    );
  }
  sink(scenario, location);
}
