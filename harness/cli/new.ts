import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Failure, Provider } from '../contract/index.ts';
import { scenarioFiles } from '../catalogue/files.ts';
import { loadCatalogue } from '../catalogue/load.ts';
import {
  answerFromPayload,
  buildScenarioSpec,
  classifyStep,
  faultFor,
  faultStep,
  NewScenarioError,
  parseScenarioId,
  redactAnswer,
  renderScenarioFile,
  scenarioPath,
  verifyScenario,
} from '../catalogue/new-scenario.ts';
import type { RawStep } from '../scenario/spec.ts';
import { BUNDLED_SCENARIOS } from '../catalogue/files.ts';
import { ruleFor } from '../oracle/index.ts';

/** A malformed `faultline new` command line (exit code 2, with the usage). */
export class NewUsageError extends Error {
  override name = 'NewUsageError';
}

/** What the command line asked for. */
interface NewArgs {
  id: string;
  fault?: string;
  with?: string;
  from?: string;
  title?: string;
  /** The scenario folder to write into (default `scenarios`). */
  dir: string;
  force: boolean;
}

/**
 * `faultline new <provider>/<name> --fault <id> [--with '<json>'] | --from <payload.json>
 * [--title <text>] [--dir <folder>] [--force]`: writes `<folder>/<provider>/<name>.scenario.ts`
 * (`scenarios/…` by default), importing from `faultline` so it works in any repository: a scenario
 * whose expectation comes from the oracle and which was checked in-process to pass against the
 * reference handler. Returns 0, or 1 on a bad input (the message names the flag or file); throws
 * {@link NewUsageError} (or parseArgs' own error) on a malformed command line, which the caller
 * reports with the usage (exit code 2).
 *
 * @example
 * await newScenario(['webcompute/limited', '--fault', 'webcompute.gateway']); // writes scenarios/webcompute/limited.scenario.ts, returns 0
 */
export async function newScenario(argv: string[]): Promise<number> {
  const args = parseNewArgs(argv);
  try {
    const { file, kind, notes } = await writeNewScenario(args);
    for (const note of notes) console.error(`faultline new: ${note}`);
    console.log(`wrote ${file} (${kind}); run it with: npx playwright test ${file}`);
    return 0;
  } catch (error) {
    const message =
      error instanceof NewScenarioError ? error.message : `unexpected error: ${(error as Error)?.stack ?? error}`;
    console.error(`faultline new: ${message}`);
    return 1;
  }
}

/**
 * Parses the arguments of `faultline new` with node:util parseArgs.
 *
 * @example
 * parseNewArgs(['hcompany/x', '--fault', 'hcompany.session']); // { id: 'hcompany/x', fault: 'hcompany.session', dir: 'scenarios', force: false }
 */
export function parseNewArgs(argv: string[]): NewArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      fault: { type: 'string' },
      with: { type: 'string' },
      from: { type: 'string' },
      title: { type: 'string' },
      dir: { type: 'string', default: 'scenarios' },
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1)
    throw new NewUsageError(
      `expected one scenario id "<provider>/<name>", got ${positionals.length ? positionals.join(' ') : 'none'}`,
    );
  if (!values.fault === !values.from)
    throw new NewUsageError('give either --fault <fault-id> or --from <payload.json>');
  if (values.with !== undefined && !values.fault) throw new NewUsageError('--with goes with --fault');
  return {
    id: positionals[0]!,
    fault: values.fault,
    with: values.with,
    from: values.from,
    title: values.title,
    dir: values.dir ?? 'scenarios',
    force: values.force ?? false,
  };
}

async function writeNewScenario(args: NewArgs): Promise<{ file: string; kind: string; notes: string[] }> {
  const { provider } = parseScenarioId(args.id);
  const file = scenarioPath(args.id, args.dir);
  if (existsSync(file) && !args.force)
    throw new NewScenarioError(`${file} already exists; pass --force to overwrite it`);
  const owner = (await catalogueOwner(args.id, args.dir)) ?? (await catalogueOwner(args.id, BUNDLED_SCENARIOS));
  if (owner && resolve(owner) !== resolve(file))
    throw new NewScenarioError(`scenario id "${args.id}" is already used by ${owner}; pick another name`);

  const built = args.from
    ? await fromPayload(args.id, provider, args.from)
    : await fromFault(args.id, provider, args.fault!, args.with);
  const spec = buildScenarioSpec({
    id: args.id,
    step: built.step,
    failure: built.failure,
    title: args.title ?? built.title,
  });
  const problems = await verifyScenario(args.id, spec, file);
  if (problems.length) {
    throw new NewScenarioError(
      `not written: ${file} would not pass against the reference handler:\n  ${problems.slice(0, 5).join('\n  ')}`,
    );
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, renderScenarioFile(args.id, spec, built.comment));
  return { file, kind: built.failure.kind, notes: built.notes };
}

interface Built {
  step: RawStep;
  title?: string;
  failure: Failure;
  comment: string[];
  notes: string[];
}

async function fromFault(
  id: string,
  provider: Provider,
  faultId: string,
  withText: string | undefined,
): Promise<Built> {
  faultFor(provider, faultId);
  let params: unknown;
  if (withText !== undefined) {
    try {
      params = JSON.parse(withText);
    } catch (error) {
      throw new NewScenarioError(`--with: not valid JSON (${(error as Error).message}): ${withText}`);
    }
  }
  const step = faultStep(provider, faultId, params);
  const failure = await classifyStep(id, provider, step);
  const comment = [
    `Written by \`faultline new --fault ${faultId}\`: classified as ${failure.kind}. Add the seed rows it covers to \`sources\`.`,
  ];
  return { step, failure, comment, notes: [] };
}

async function fromPayload(id: string, provider: Provider, path: string): Promise<Built> {
  if (!existsSync(path)) throw new NewScenarioError(`--from: no such file: ${path}`);
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new NewScenarioError(`--from ${path}: not a JSON file (${(error as Error).message})`);
  }
  faultForPayload(provider);
  const { answer, droppedHeaders } = redactAnswer(answerFromPayload(payload, path));
  const step: RawStep = { fault: 'http.response', with: answer };
  const failure = await classifyStep(id, provider, step, `--from ${path}`);
  const name = basename(path).replace(/[\r\n]/g, ' ');
  const comment = [
    `Replays a payload captured in production: ${name} (HTTP ${answer.status}), classified as ${failure.kind}.`,
    `Secrets were redacted${droppedHeaders.length ? ` and these headers dropped: ${droppedHeaders.join(', ')}` : ''}. Written by \`faultline new --from\`.`,
  ];
  const notes = droppedHeaders.length ? [`dropped headers that carry credentials: ${droppedHeaders.join(', ')}`] : [];
  return { step, failure, comment, notes, title: `${failure.kind} replayed from ${name}: ${ruleFor(failure).says}` };
}

function faultForPayload(provider: Provider): void {
  try {
    faultFor(provider, 'http.response');
  } catch {
    throw new NewScenarioError(
      `--from: provider "${provider}" has no HTTP API to replay a payload on; use an HTTP provider (hcompany, skyvern, webcompute, problem)`,
    );
  }
}

/** The file that already declares `id` in a scenario folder, if any (a text search when the folder does not load). */
async function catalogueOwner(id: string, dir: string): Promise<string | undefined> {
  if (!existsSync(dir)) return undefined;
  try {
    return (await loadCatalogue([dir])).find((scenario) => scenario.id === id)?.file;
  } catch {
    const quoted = [`'${id}'`, `"${id}"`, `\`${id}\``];
    return scenarioFiles(dir).find((file) => quoted.some((q) => readFileSync(file, 'utf8').includes(q)));
  }
}
