import { fileURLToPath } from 'node:url';

/** Where in a scenario file `scenario()` was called. */
export interface SourceLocation {
  /** Absolute path. */
  file: string;
  line: number;
  column: number;
}

/**
 * The `*.scenario.ts` call site on the stack, or null when none is on it.
 *
 * @example
 * callerLocation(); // { file: '/repo/scenarios/hcompany/captcha.scenario.ts', line: 3, column: 16 }
 */
export function callerLocation(): SourceLocation | null {
  const stack = new Error().stack ?? '';
  const match = /((?:file:\/\/)?[^\s()]+\.scenario\.[cm]?[jt]s):(\d+):(\d+)/.exec(stack);
  if (!match) return null;
  const file = match[1]!.startsWith('file://') ? fileURLToPath(match[1]!) : match[1]!;
  return { file, line: Number(match[2]), column: Number(match[3]) };
}
