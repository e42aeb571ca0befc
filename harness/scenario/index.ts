import { relative } from 'node:path';
import { callerLocation } from './caller-file.ts';
import { defineScenario, idPathProblem, type Scenario } from './define.ts';
import { ScenarioLoadError } from './errors.ts';
import { deliverScenario } from './registry.ts';
import type { ProviderOf, ScenarioId, ScenarioInput } from './spec.ts';

export type { Scenario } from './define.ts';
export type { ScenarioId, ScenarioInput, StepInput } from './spec.ts';

/**
 * Declares one scenario of the catalogue: what breaks (the fault schedule) and what is right
 * (the expectation). The provider is the id's first word, and the file must sit at
 * `…/<provider>/<name>.scenario.ts`. Type-checked (fault ids and parameters, kinds, sources'
 * shape) and validated with zod when the file loads; a bad file fails with the file, the field
 * and what was expected. Under `npx playwright test` it is one test per handler project.
 *
 * @example
 * import { scenario } from 'faultline';
 *
 * export default scenario('hcompany/environment-error-retried', {
 *   title: 'The environment crashes twice, then the session completes',
 *   sources: ['hcompany:error_code:environment_error'],
 *   schedule: [{ fault: 'hcompany.session', with: { status: 'failed', error_code: 'environment_error' }, times: 2 }],
 *   expect: { end: ['accept'], kinds: ['browser.crashed'] },
 * });
 */
export function scenario<const Id extends ScenarioId>(id: Id, spec: ScenarioInput<ProviderOf<Id>>): Scenario {
  const location = callerLocation();
  const file = location ? relative(process.cwd(), location.file) : '(unknown file)';
  const pathProblem = location ? idPathProblem(id, file) : null;
  if (pathProblem) throw new ScenarioLoadError(pathProblem);
  const defined = defineScenario(id, spec, file);
  deliverScenario(defined, location);
  return defined;
}
