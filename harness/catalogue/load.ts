import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Scenario } from '../scenario/define.ts';
import { collectScenarios } from '../scenario/registry.ts';
import { scenarioFiles } from './files.ts';

/**
 * Loads the catalogue without Playwright's runner: every scenario file below `root`, validated.
 * A bad file throws its {@link ScenarioLoadError} (file, field, what was expected).
 *
 * @example
 * const scenarios = await loadCatalogue('scenarios');
 */
export async function loadCatalogue(root = 'scenarios'): Promise<Scenario[]> {
  return collectScenarios(async () => {
    for (const file of scenarioFiles(root)) await import(pathToFileURL(resolve(file)).href);
  });
}
