import type { RecoveryHandler } from '../contract/index.ts';

/**
 * A handler the oracle fails in every scenario of the catalogue: it accepts every failure as if the
 * run had succeeded, which rule `accept-on-failure` (a `must`) rejects wherever a scenario does not
 * allow `accept` on that kind, and no bundled scenario does. The bench times the catalogue against
 * it next to the reference handler (`failingHandlerSlowdown`): what a run where every test fails costs.
 *
 * @example
 * FAULTLINE_HANDLER=harness/bench/fails-every-scenario.ts npx playwright test --project fails-every-scenario
 */
const failsEveryScenario: RecoveryHandler = {
  name: 'fails-every-scenario',
  decide: () => ({ action: 'accept' }),
};

export default failsEveryScenario;
