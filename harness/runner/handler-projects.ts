import { CommandClientSchema, type CommandClient } from '../contract/index.ts';
import { formatIssues } from '../shared/zod-issues.ts';
import { isClient, loadHandler } from './load-handler.ts';
import { ownFile } from '../own-files.ts';
import { InputError } from '../input-error.ts';

/** The handler Faultline judges when none is named. */
export const REFERENCE_HANDLER = ownFile('harness/handlers/reference');
/** The client Faultline judges when none is named: it runs the client-mode scenarios. */
export const REFERENCE_CLIENT = ownFile('harness/handlers/reference-client');

/** A handler to judge: the path of a handler module, or a client in any language run as a command. */
export type HandlerEntry = string | CommandClient;

/** One Playwright project per handler under test. */
export interface HandlerProject {
  name: string;
  use: { handlerPath: string } | { handlerCommand: CommandClient };
  /** Whether it judges the browser scenarios: policy handlers do; clients and commands skip them. */
  browser: boolean;
}

/**
 * Loads and validates every handler (by default the reference handler and the reference client)
 * before any test runs, and gives one project per handler, named after it: a module path is
 * imported and its default export checked; anything else must be a command client. Throws one
 * clear error for a missing file, a bad default export, a malformed command client, or two
 * handlers with one name.
 *
 * @example
 * await handlerProjects(['./a.ts', './b.ts']); // [{ name: 'a', use: { handlerPath: './a.ts' }, browser: true }, …]
 * await handlerProjects([{ name: 'py', command: ['python3', 'client.py'], providers: ['hcompany'] }]);
 * // [{ name: 'py', use: { handlerCommand: { name: 'py', … } }, browser: false }]
 */
export async function handlerProjects(entries: readonly unknown[]): Promise<HandlerProject[]> {
  const projects: HandlerProject[] = [];
  for (const [index, entry] of (entries.length ? entries : [REFERENCE_HANDLER, REFERENCE_CLIENT]).entries()) {
    const project: HandlerProject =
      typeof entry === 'string'
        ? await moduleProject(entry)
        : {
            name: commandClient(entry, index).name,
            use: { handlerCommand: commandClient(entry, index) },
            browser: false,
          };
    const twin = projects.find((p) => p.name === project.name);
    if (twin)
      throw new InputError(
        `FAULTLINE_HANDLER: ${describe(twin)} and ${describe(project)} are both named "${project.name}"; handler names must differ`,
      );
    projects.push(project);
  }
  return projects;
}

async function moduleProject(path: string): Promise<HandlerProject> {
  const handler = await loadHandler(path);
  return { name: handler.name, use: { handlerPath: path }, browser: !isClient(handler) };
}

function commandClient(entry: unknown, index: number): CommandClient {
  const parsed = CommandClientSchema.safeParse(entry);
  if (parsed.success) return parsed.data;
  throw new Error(
    `FAULTLINE_HANDLER: handler ${index + 1} must be a module path or a command client { name, command: [program, …args], providers, cwd?, env?, clock? }:\n  ${formatIssues(parsed.error.issues).join('\n  ')}`,
  );
}

function describe(project: HandlerProject): string {
  return 'handlerPath' in project.use
    ? project.use.handlerPath
    : `command ${JSON.stringify(project.use.handlerCommand.command)}`;
}
