import { ScenarioLoadError } from './errors.ts';
import type { Scenario } from './define.ts';

/** Where `scenario()` hands each validated scenario: the Playwright runner, or a collector. */
export type ScenarioSink = (scenario: Scenario) => void;

const SINK = Symbol.for('faultline.scenarioSink');
const SEEN = Symbol.for('faultline.scenarioIds');
type Slots = { [SINK]?: ScenarioSink; [SEEN]?: Map<string, string> };
const slots = globalThis as Slots;

/**
 * Collects the scenarios that the files loaded inside `load` declare, instead of registering
 * them as Playwright tests. Used by `faultline list` and the self-tests.
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
 * Hands a validated scenario to the active collector, or returns false when there is none (then
 * the caller registers a Playwright test). Refuses an id already declared by another file.
 *
 * @example
 * if (!offerToCollector(scenario)) registerTest(scenario);
 */
export function offerToCollector(scenario: Scenario): boolean {
  const seen = (slots[SEEN] ??= new Map());
  const first = seen.get(scenario.id);
  if (first !== undefined && first !== scenario.file) {
    throw new ScenarioLoadError(`${scenario.file}: scenario id "${scenario.id}" is already used by ${first}; ids must be unique`);
  }
  seen.set(scenario.id, scenario.file);
  const sink = slots[SINK];
  if (!sink) return false;
  sink(scenario);
  return true;
}
