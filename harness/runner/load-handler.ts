import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RecoveryHandlerSchema, type RecoveryHandler } from '../contract/index.ts';
import { formatIssues } from '../scenario/errors.ts';

/** The handler module is missing or does not default-export a RecoveryHandler. */
export class HandlerLoadError extends Error {
  override name = 'HandlerLoadError';
}

/**
 * Imports a handler module and checks that its default export is a {@link RecoveryHandler}.
 * Throws a {@link HandlerLoadError} that names the file and what was expected.
 *
 * @example
 * const handler = await loadHandler('./my-handler.ts');
 */
export async function loadHandler(path: string): Promise<RecoveryHandler> {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new HandlerLoadError(`handler module not found: ${path} (looked at ${absolute})`);
  let module: { default?: unknown };
  try {
    module = await import(pathToFileURL(absolute).href);
  } catch (error) {
    throw new HandlerLoadError(`handler module ${path} failed to load: ${(error as Error)?.message ?? error}`);
  }
  const parsed = RecoveryHandlerSchema.safeParse(module.default);
  if (!parsed.success) {
    throw new HandlerLoadError(
      `handler module ${path}: its default export must be a RecoveryHandler { name: string, decide(failure, ctx) }:\n  ${formatIssues(parsed.error.issues).join('\n  ')}`,
    );
  }
  return module.default as RecoveryHandler;
}
