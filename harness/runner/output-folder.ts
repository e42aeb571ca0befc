import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../input-error.ts';

/**
 * The folder Playwright writes its results to: `--output` on the command line, else the config's
 * `outputDir`, else Playwright's default `test-results`.
 *
 * @example
 * outputFolder(['test', '--output=/tmp/out'], undefined); // '/tmp/out'
 */
export function outputFolder(argv: readonly string[], configured: string | undefined): string {
  const index = argv.findIndex((arg) => arg === '--output' || arg.startsWith('--output='));
  if (index >= 0)
    return resolve(argv[index]!.includes('=') ? argv[index]!.slice('--output='.length) : (argv[index + 1] ?? ''));
  return resolve(configured ?? 'test-results');
}

/**
 * Throws one clear error naming the folder and how to fix it when a run could not write there
 * (read-only file system, no permission, a file in the way), instead of a crash mid-run.
 *
 * @example
 * assertWritable('/sys/out', 'the output folder (--output / outputDir)');
 */
export function assertWritable(folder: string, what: string): void {
  const probe = join(folder, `.faultline-write-probe-${process.pid}`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    throw new InputError(
      `${what} ${folder} is not writable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); point it at a writable folder`,
    );
  }
}
