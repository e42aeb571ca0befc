import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `*.scenario.ts` file that is calling, relative to the working directory, read from the
 * stack; `'(unknown file)'` when none is on it.
 *
 * @example
 * callerFile(); // 'scenarios/hcompany/captcha.scenario.ts'
 */
export function callerFile(): string {
  const stack = new Error().stack ?? '';
  const match = /((?:file:\/\/)?[^\s()]+\.scenario\.[cm]?[jt]s)(?::\d+)*/.exec(stack);
  if (!match) return '(unknown file)';
  const path = match[1]!.startsWith('file://') ? fileURLToPath(match[1]!) : match[1]!;
  return relative(process.cwd(), path);
}
