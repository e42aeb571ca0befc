import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectScenarios } from '../scenario/registry.ts';
import { BUNDLED_SCENARIOS, scenarioFiles } from './files.ts';

/** What linting the catalogue found: how many files, and the error of each bad one. */
export interface LintReport {
  files: number;
  scenarios: number;
  /** One entry per bad file: the file and everything wrong with it, in plain words. */
  problems: Array<{ file: string; message: string }>;
}

/**
 * Loads every scenario file below each root (by default the bundled catalogue) on its own, so
 * that one bad file does not hide the others, and collects each file's load error (file, field,
 * what was expected; an id that does not match the file's path). Also reports a file that declares
 * no scenario.
 *
 * @example
 * const report = await lintCatalogue(['scenarios']);
 * report.problems; // [{ file: 'scenarios/x.scenario.ts', message: '… schedule[0].fault: unknown fault …' }]
 */
export async function lintCatalogue(roots: readonly string[] = [BUNDLED_SCENARIOS]): Promise<LintReport> {
  const report: LintReport = { files: 0, scenarios: 0, problems: [] };
  for (const file of roots.flatMap(scenarioFiles)) {
    report.files++;
    try {
      const found = await collectScenarios(() => import(pathToFileURL(resolve(file)).href));
      if (found.length === 0) report.problems.push({ file, message: `${file}: declares no scenario; call scenario(id, spec) once` });
      report.scenarios += found.length;
    } catch (error) {
      report.problems.push({ file, message: (error as Error)?.message ?? String(error) });
    }
  }
  return report;
}
