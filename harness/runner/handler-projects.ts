import { loadHandler } from './load-handler.ts';
import { ownFile } from '../own-files.ts';
import { InputError } from '../input-error.ts';

/** The handler Faultline judges when none is named. */
export const REFERENCE_HANDLER = ownFile('harness/handlers/reference');
/** The client Faultline judges when none is named: it runs the client-mode scenarios. */
export const REFERENCE_CLIENT = ownFile('harness/handlers/reference-client');

/** One Playwright project per handler under test. */
export interface HandlerProject {
  name: string;
  use: { handlerPath: string };
}

/**
 * Loads and validates every handler (by default the reference handler and the reference client)
 * before any test runs, and gives one project per handler, named after it. Throws one clear error
 * for a missing file, a bad default export, or two handlers with one name.
 *
 * @example
 * await handlerProjects(['./a.ts', './b.ts']); // [{ name: 'a', use: { handlerPath: './a.ts' } }, …]
 */
export async function handlerProjects(paths: readonly string[]): Promise<HandlerProject[]> {
  const projects: HandlerProject[] = [];
  for (const handlerPath of paths.length ? paths : [REFERENCE_HANDLER, REFERENCE_CLIENT]) {
    const handler = await loadHandler(handlerPath);
    const twin = projects.find((p) => p.name === handler.name);
    if (twin) throw new InputError(`FAULTLINE_HANDLER: ${twin.use.handlerPath} and ${handlerPath} are both named "${handler.name}"; handler names must differ`);
    projects.push({ name: handler.name, use: { handlerPath } });
  }
  return projects;
}
