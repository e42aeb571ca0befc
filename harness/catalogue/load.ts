import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Scenario } from '../scenario/define.ts';
import { collectScenarios } from '../scenario/registry.ts';
import { BUNDLED_SCENARIOS, scenarioFiles } from './files.ts';

/**
 * Loads scenario folders without Playwright's runner (by default the bundled catalogue): every
 * scenario file below each, validated. A bad file throws its {@link ScenarioLoadError} (file,
 * field, what was expected).
 *
 * @example
 * const scenarios = await loadCatalogue();                       // the bundled catalogue
 * const mine = await loadCatalogue(['faultline']);                // a user's own folder
 */
export async function loadCatalogue(roots: readonly string[] = [BUNDLED_SCENARIOS]): Promise<Scenario[]> {
  return collectScenarios(async () => {
    for (const root of roots) for (const file of scenarioFiles(root)) await import(pathToFileURL(resolve(file)).href);
  });
}
