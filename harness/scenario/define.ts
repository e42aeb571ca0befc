import { ProviderSchema, type FailureKind, type Provider, type TaskSpec } from '../contract/index.ts';
import type { Expectation } from '../oracle/schema.ts';
import { faultById, type Fault } from '../../mocks/faults/index.ts';
import { platformFaultById, type PlatformFault } from '../../mocks/faults/platform/index.ts';
import { formatIssues } from '../shared/zod-issues.ts';
import { ScenarioLoadError } from './errors.ts';
import { ScenarioSpecSchema } from './spec.ts';
import { buildTask } from './task.ts';

/** One armed step of a schedule: a fault with its validated parameters. */
export interface ArmedStep {
  fault: Fault;
  params: unknown;
  times: number | 'always';
}

/** One armed platform-wide fault of a fleet, with its validated parameters. */
export interface ArmedPlatformFault {
  fault: PlatformFault;
  params: unknown;
}

/** A validated scenario, ready to run: one case of the catalogue. */
export interface Scenario {
  id: string;
  /** The file that declared it, relative to the working directory. */
  file: string;
  title: string;
  /** The provider, the id's first word. */
  provider: Provider;
  /** True when realizing it drives a real browser (then it runs in browser mode only). */
  browser: boolean;
  /** True when a client handler can run it against the provider's simulator (client mode). */
  client: boolean;
  sources: string[];
  task: TaskSpec;
  steps: ArmedStep[];
  /** How many tasks one client runs at once: 1, or a fleet's N (fleets run in client mode only). */
  tasks: number;
  /** The platform-wide faults a fleet meets (none for a single task). */
  platform: ArmedPlatformFault[];
  expect: Expectation;
  /** The canonical kinds the scenario exercises. */
  kinds: FailureKind[];
}

const ID_PATTERN = /^[a-z0-9]+\/[a-z0-9][a-z0-9-]*$/;

/**
 * Validates a scenario's id and spec and resolves its faults. The provider is the id's first word;
 * every fault must be one of that provider's. Throws a {@link ScenarioLoadError} naming the file,
 * each bad field and what was expected.
 *
 * @example
 * defineScenario('hcompany/internal-once', spec, 'scenarios/hcompany/internal-once.scenario.ts');
 */
export function defineScenario(id: string, input: unknown, file: string): Scenario {
  const where = `${file}: scenario "${id}"`;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    throw new ScenarioLoadError(
      `${where}: id: expected "<provider>/<name>" in lower-case kebab words, e.g. "skyvern/captcha-terminated"`,
    );
  }
  const provider = ProviderSchema.safeParse(id.slice(0, id.indexOf('/')));
  if (!provider.success) {
    throw new ScenarioLoadError(
      `${where}: id: the first word names the provider; expected one of: ${ProviderSchema.options.join(', ')}`,
    );
  }
  const parsed = ScenarioSpecSchema.safeParse(input);
  const issues = parsed.success ? [] : formatIssues(parsed.error.issues);
  if (parsed.success) {
    parsed.data.schedule.forEach((step, index) => {
      const fault = faultById(step.fault)!;
      if (!fault.providers.includes(provider.data))
        issues.push(
          `schedule[${index}].fault: fault "${fault.id}" is for ${fault.providers.join(', ')}, not for provider "${provider.data}"`,
        );
    });
    parsed.data.fleet?.platform.forEach((step, index) => {
      const fault = platformFaultById(step.fault)!;
      if (!fault.providers.includes(provider.data))
        issues.push(
          `fleet.platform[${index}].fault: platform-wide fault "${fault.id}" is for ${fault.providers.join(', ')}, not for provider "${provider.data}"`,
        );
    });
  }
  if (!parsed.success || issues.length) throw new ScenarioLoadError(`${where} is invalid:\n  ${issues.join('\n  ')}`);
  const spec = parsed.data;
  const steps = spec.schedule.map((step): ArmedStep => {
    const fault = faultById(step.fault)!;
    return { fault, params: fault.params.parse(step.with), times: step.times };
  });
  const browser = steps.some((step) => step.fault.browser) || provider.data === 'playwright';
  const client = !browser && steps.every((step) => step.fault.serve !== undefined);
  if (spec.fleet && !client)
    throw new ScenarioLoadError(
      `${where} is invalid:\n  fleet: a fleet runs in client mode only, and a fault of its schedule has no form a ${provider.data} simulator can serve`,
    );
  const platform = (spec.fleet?.platform ?? []).map((step): ArmedPlatformFault => {
    const fault = platformFaultById(step.fault)!;
    return { fault, params: fault.params.parse(step.with) };
  });
  return {
    id,
    file,
    title: spec.title,
    provider: provider.data,
    browser,
    client,
    sources: spec.sources,
    task: buildTask(id, provider.data, spec.task),
    steps,
    tasks: spec.fleet?.tasks ?? 1,
    platform,
    expect: spec.expect,
    kinds: [...spec.expect.kinds],
  };
}

/**
 * The modes a scenario runs in: `browser` (a real Chromium, policy handlers), else `policy`, plus
 * `client` when client handlers run it against a simulator. A fleet runs in client mode only: a
 * policy handler decides one failure, a fleet is many tasks at once.
 *
 * @example
 * scenarioModes(scenario); // ['policy', 'client']
 */
export function scenarioModes(
  scenario: Pick<Scenario, 'browser' | 'client' | 'tasks'>,
): Array<'policy' | 'browser' | 'client'> {
  if (scenario.tasks > 1) return ['client'];
  return [scenario.browser ? 'browser' : 'policy', ...(scenario.client ? (['client'] as const) : [])];
}

/**
 * Checks that a scenario file's path says its id: `…/<provider>/<name>.scenario.ts` for the id
 * `<provider>/<name>`, so the catalogue's layout and its ids never drift apart. Returns the
 * problem in words, or null.
 *
 * @example
 * idPathProblem('hcompany/captcha', 'scenarios/hcompany/captcha.scenario.ts'); // null
 * idPathProblem('hcompany/captcha', 'scenarios/skyvern/captcha.scenario.ts'); // 'scenarios/skyvern/captcha.scenario.ts: scenario "hcompany/captcha": …'
 */
export function idPathProblem(id: string, file: string): string | null {
  const path = file.replace(/\\/g, '/');
  const match = /([^/]+\/[^/]+)\.scenario\.[cm]?[jt]s$/.exec(path);
  if (!match || match[1] === id) return null;
  return `${file}: scenario "${id}": the id must match the file's path: expected "${match[1]}" here, or move the file to …/${id}.scenario.ts`;
}
