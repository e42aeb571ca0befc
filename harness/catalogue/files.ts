import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ownPath } from '../own-files.ts';
import { byCodeUnits } from '../shared/sort.ts';

/** The bundled catalogue's folder: `scenarios/` in the repository, `dist/scenarios/` of the installed package. */
export const BUNDLED_SCENARIOS = ownPath('scenarios');

/**
 * Every scenario file (`*.scenario.ts`, or `.js` in the built package) below `root`, sorted by
 * code units, relative to the working directory (node_modules and dot-folders skipped).
 *
 * @example
 * scenarioFiles('scenarios'); // ['scenarios/hcompany/captcha.scenario.ts', …]
 */
export function scenarioFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.scenario\.[cm]?[jt]s$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
        found.push(relative(process.cwd(), path));
    }
  };
  walk(root);
  return found.sort(byCodeUnits);
}
