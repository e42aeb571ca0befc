import type { CommandClient } from '../../contract/index.ts';
import referenceClient from '../../handlers/reference-client.ts';
import type { Scenario } from '../../scenario/define.ts';
import { runClientScenario } from '../client/run-client-scenario.ts';
import { clockPlan, type ClockPlan } from './clock-plan.ts';
import { runCommandScenario, type CommandScenarioOutcome } from './run-command-scenario.ts';
import { referenceRun, type ReferenceRun } from './time-factor.ts';

/** Why a command client does not run a fleet. */
export const FLEET_SKIP =
  'fleets run in-process clients only (a ClientHandler module with runFleet or run); command clients run single tasks';

/** Per worker: how each command's clock runs, and how the reference client runs each scenario. */
const plans = new Map<string, ClockPlan>();
const references = new Map<string, ReferenceRun>();

/**
 * Judges one scenario against a command client, as a Playwright worker does it: the command's
 * clock plan is worked out once per worker, the reference client's run of the scenario (in-process,
 * on virtual time: milliseconds) sets the scenario's time factor and is kept for the worker's later
 * tests.
 *
 * @example
 * const outcome = await judgeCommand(scenario, client, { seed, realLimitMs: 25_000, secrets: knownSecrets() });
 */
export async function judgeCommand(
  scenario: Scenario,
  client: CommandClient,
  options: { seed: number; realLimitMs: number; secrets: readonly string[] },
): Promise<CommandScenarioOutcome> {
  if (scenario.tasks > 1) return { skipped: FLEET_SKIP };
  const planKey = JSON.stringify([client.command, client.cwd, client.clock]);
  const plan = plans.get(planKey) ?? clockPlan(client);
  plans.set(planKey, plan);
  let reference = references.get(scenario.id);
  if (!reference) {
    reference = referenceRun(
      await runClientScenario(scenario, {
        client: referenceClient,
        seed: options.seed,
        realLimitMs: options.realLimitMs,
      }),
      scenario.expect,
    );
    references.set(scenario.id, reference);
  }
  return runCommandScenario(scenario, {
    client,
    seed: options.seed,
    realLimitMs: options.realLimitMs,
    reference,
    plan,
    secrets: options.secrets,
  });
}
