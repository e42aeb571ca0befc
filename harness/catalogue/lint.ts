import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Scenario } from '../scenario/define.ts';
import { collectScenarios } from '../scenario/registry.ts';
import { BUNDLED_SCENARIOS, scenarioFiles } from './files.ts';
import { formatUnreached, runReference, unreachedIn } from './reach.ts';

/** What linting the catalogue found: how many files, and the error of each bad one. */
export interface LintReport {
  files: number;
  scenarios: number;
  /** One entry per problem: the file and what is wrong with it, in plain words. */
  problems: Array<{ file: string; message: string }>;
}

/**
 * Loads every scenario file below each root (by default the bundled catalogue) on its own, so
 * that one bad file does not hide the others, and collects each file's load error (file, field,
 * what was expected; an id that does not match the file's path), or that it declares no scenario.
 * Unless `run` is false, then runs the reference handler over the scenarios that loaded: a
 * scenario it does not pass, or whose armed steps it does not all reach, is a problem of the
 * catalogue (its later steps test nothing), named with its step.
 *
 * @example
 * const report = await lintCatalogue(['scenarios']);
 * report.problems; // [{ file: 'scenarios/x.scenario.ts', message: '… schedule[0].fault: unknown fault …' }]
 */
export async function lintCatalogue(
  roots: readonly string[] = [BUNDLED_SCENARIOS],
  { run = true }: { run?: boolean } = {},
): Promise<LintReport> {
  const report: LintReport = { files: 0, scenarios: 0, problems: [] };
  const loaded: Scenario[] = [];
  for (const file of roots.flatMap(scenarioFiles)) {
    report.files++;
    try {
      const found = await collectScenarios(() => import(pathToFileURL(resolve(file)).href));
      if (found.length === 0)
        report.problems.push({ file, message: `${file}: declares no scenario; call scenario(id, spec) once` });
      report.scenarios += found.length;
      loaded.push(...found);
    } catch (error) {
      report.problems.push({ file, message: (error as Error)?.message ?? String(error) });
    }
  }
  if (!run || loaded.length === 0) return report;
  const results = await runReference(loaded);
  for (const result of results.filter((r) => r.grade !== 'pass')) {
    const file = loaded.find((s) => s.id === result.scenario)!.file;
    report.problems.push({
      file,
      message: `${file}: scenario "${result.scenario}": the reference handler is graded ${result.grade}:\n  ${result.problems.join('\n  ')}`,
    });
  }
  for (const unreached of unreachedIn(results, loaded))
    report.problems.push({ file: unreached.file, message: formatUnreached([unreached]).join('\n') });
  return report;
}
