import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ClientHandlerSchema,
  RecoveryHandlerSchema,
  type ClientHandler,
  type CommandClient,
  type RecoveryHandler,
} from '../contract/index.ts';
import { formatIssues } from '../shared/zod-issues.ts';
import { InputError } from '../input-error.ts';

/** What a handler module may default-export: a policy handler or a client handler. */
export type HandlerUnderTest = RecoveryHandler | ClientHandler;

/** What a project judges: a handler module's default export, or a client in any language run as a command. */
export type JudgedHandler = HandlerUnderTest | CommandClient;

/**
 * True for a client handler (`run(task, env)`), false for a policy handler (`decide`) or a command.
 *
 * @example
 * if (isClient(handler)) await runClientScenario(scenario, { client: handler, … });
 */
export function isClient(handler: JudgedHandler): handler is ClientHandler {
  return 'run' in handler;
}

/**
 * True for a client run as a command (`{ name, command, providers }`).
 *
 * @example
 * if (isCommand(handler)) await judgeCommand(scenario, handler, { seed, realLimitMs });
 */
export function isCommand(handler: JudgedHandler): handler is CommandClient {
  return 'command' in handler;
}

/** The handler module is missing or does not default-export a RecoveryHandler. */
export class HandlerLoadError extends InputError {
  override name = 'HandlerLoadError';
}

/**
 * Imports a handler module and checks that its default export is a {@link RecoveryHandler} or,
 * when it has `run`, a {@link ClientHandler}. Throws a {@link HandlerLoadError} that names the
 * file and what was expected.
 *
 * @example
 * const handler = await loadHandler('./my-handler.ts');
 */
export async function loadHandler(path: string): Promise<HandlerUnderTest> {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new HandlerLoadError(`handler module not found: ${path} (looked at ${absolute})`);
  let module: { default?: unknown };
  try {
    module = await import(pathToFileURL(absolute).href);
  } catch (error) {
    throw new HandlerLoadError(`handler module ${path} failed to load: ${(error as Error)?.message ?? error}`);
  }
  const client = typeof module.default === 'object' && module.default !== null && 'run' in module.default;
  const parsed = (client ? ClientHandlerSchema : RecoveryHandlerSchema).safeParse(module.default);
  if (!parsed.success) {
    const expected = client
      ? 'a ClientHandler { name: string, providers: Provider[], run(task, env) }'
      : 'a RecoveryHandler { name: string, decide(failure, ctx) } (or a ClientHandler { name, providers, run(task, env) })';
    throw new HandlerLoadError(
      `handler module ${path}: its default export must be ${expected}:\n  ${formatIssues(parsed.error.issues).join('\n  ')}`,
    );
  }
  return module.default as HandlerUnderTest;
}
