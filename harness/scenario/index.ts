import { registerScenarioTest } from '../runner/register.ts';
import { relative } from 'node:path';
import { callerLocation } from './caller-file.ts';
import { defineScenario, type Scenario } from './define.ts';
import { offerToCollector } from './registry.ts';
import type { ScenarioInput } from './spec.ts';

export type { Scenario } from './define.ts';
export type { ScenarioInput } from './spec.ts';

/**
 * Declares one scenario of the catalogue: what breaks (the fault schedule) and what is right
 * (the expectation). Validated with zod when the file loads; a bad file fails with the file, the
 * field and what was expected. Registers one Playwright test, run by every handler project.
 *
 * @example
 * export default scenario('hcompany/environment-error-retried', {
 *   title: 'The environment crashes twice, then the session completes',
 *   provider: 'hcompany',
 *   sources: ['hcompany:error_code:environment_error'],
 *   schedule: [{ fault: 'hcompany.session', with: { status: 'failed', error_code: 'environment_error' }, times: 2 }],
 *   expect: { end: ['accept'], kinds: ['browser.crashed'] },
 * });
 */
export function scenario(id: string, spec: ScenarioInput): Scenario {
  const location = callerLocation();
  const defined = defineScenario(id, spec, location ? relative(process.cwd(), location.file) : '(unknown file)');
  if (!offerToCollector(defined)) registerScenarioTest(defined, location);
  return defined;
}
