import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where Faultline's own files are: the repository, or `dist/` of the installed package. */
export const OWN_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** `ts` when Faultline runs from source, `js` when it runs from the built package. */
export const OWN_EXT = import.meta.url.endsWith('.ts') ? 'ts' : 'js';

/**
 * The path of one of Faultline's own modules, from source or from the built package: relative to
 * the working directory when inside it (as in the repository), else absolute.
 *
 * @example
 * ownFile('harness/handlers/reference'); // 'harness/handlers/reference.ts' in the repo,
 * //                                        '/app/node_modules/faultline/dist/harness/handlers/reference.js' installed
 */
export function ownFile(pathWithoutExtension: string): string {
  return ownPath(`${pathWithoutExtension}.${OWN_EXT}`);
}

/**
 * The path of one of Faultline's own files or folders (below the repository, or `dist/`), relative
 * to the working directory when inside it, else absolute.
 *
 * @example
 * ownPath('scenarios'); // 'scenarios' in the repo, '/app/node_modules/faultline/dist/scenarios' installed
 */
export function ownPath(path: string): string {
  const absolute = fileURLToPath(new URL(`../${path}`, import.meta.url));
  const fromCwd = relative(process.cwd(), absolute);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? absolute : fromCwd || '.';
}
