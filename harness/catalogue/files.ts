import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every `*.scenario.ts` file below `root`, sorted, relative to the working directory
 * (node_modules and dot-folders skipped).
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
      else if (entry.name.endsWith('.scenario.ts')) found.push(relative(process.cwd(), path));
    }
  };
  walk(root);
  return found.sort();
}
