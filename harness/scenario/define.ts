import type { FailureKind, Provider, TaskSpec } from '../contract/index.ts';
import type { Expectation } from '../oracle/schema.ts';
import { FAULTS, type Fault } from '../../mocks/faults/index.ts';
import { clientCapable } from '../../mocks/faults/client-fate.ts';
import { formatIssues, ScenarioLoadError } from './errors.ts';
import { ScenarioSpecSchema, type ScenarioInput } from './spec.ts';
import { buildTask } from './task.ts';

/** One armed step of a schedule: a fault with its validated parameters. */
export interface ArmedStep {
  fault: Fault<unknown>;
  params: unknown;
  times: number | 'always';
}

/** A validated scenario, ready to run: one case of the catalogue. */
export interface Scenario {
  id: string;
  /** The file that declared it, relative to the working directory. */
  file: string;
  title: string;
  provider: Provider;
  mode: 'policy';
  /** True when realizing it drives a real browser. */
  browser: boolean;
  /** True when a client handler can run it against the provider's simulator (client mode). */
  client: boolean;
  sources: string[];
  task: TaskSpec;
  steps: ArmedStep[];
  expect: Expectation;
  /** The canonical kinds the scenario exercises. */
  kinds: FailureKind[];
}

const ID_PATTERN = /^[a-z0-9]+(\/[a-z0-9][a-z0-9-]*)+$/;

/**
 * Validates a scenario file's spec and resolves its faults. Throws a {@link ScenarioLoadError}
 * naming the file, each bad field and what was expected.
 *
 * @example
 * defineScenario('hcompany/internal-once', spec, 'scenarios/hcompany/internal-once.scenario.ts');
 */
export function defineScenario(id: string, input: ScenarioInput, file: string): Scenario {
  const where = `${file}: scenario "${id}"`;
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    throw new ScenarioLoadError(`${where}: id: expected "<provider>/<name>" in lower-case kebab words, e.g. "skyvern/captcha-terminated"`);
  }
  const parsed = ScenarioSpecSchema.safeParse(input);
  if (!parsed.success) {
    throw new ScenarioLoadError(`${where} is invalid:\n  ${formatIssues(parsed.error.issues).join('\n  ')}`);
  }
  const spec = parsed.data;
  const steps = spec.schedule.map((step): ArmedStep => {
    const fault = FAULTS.get(step.fault)!;
    return { fault, params: fault.params.parse(step.with), times: step.times };
  });
  return {
    id,
    file,
    title: spec.title,
    provider: spec.provider,
    mode: 'policy',
    browser: steps.some((step) => step.fault.browser) || spec.provider === 'playwright',
    client: spec.provider !== 'playwright' && steps.every((step) => clientCapable(step.fault)),
    sources: spec.sources,
    task: buildTask(id, spec.provider, spec.task),
    steps,
    expect: spec.expect,
    kinds: [...spec.expect.kinds],
  };
}
