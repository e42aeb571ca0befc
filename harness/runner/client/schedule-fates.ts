import type { Scenario } from '../../scenario/define.ts';
import { cleanSuccess } from '../../../mocks/platforms.ts';
import type { FateSource, SimulatedProvider } from '../../../mocks/simulators.ts';
import type { Schedule } from '../schedule.ts';

/**
 * The fates a scenario's schedule gives a simulator: one step per run the client starts (counted
 * as fired when the platform serves it, in the form the fault's `serve` declares); once spent, the
 * platform's clean success.
 *
 * @example
 * const sim = SIMULATORS.hcompany({ baseUrl, apiKeys, seed, fates: scheduleFates(scenario, new Schedule(scenario.steps)) });
 */
export function scheduleFates(scenario: Scenario, schedule: Schedule): FateSource {
  return {
    peek: () => {
      const fault = schedule.peek();
      return fault && { fault: fault.id, wire: fault.wire === true };
    },
    next: async (attempt) => {
      const due = schedule.next();
      if (!due) return { type: 'final', fault: 'success', body: cleanSuccess(scenario.provider as SimulatedProvider) };
      const { fault } = due.step;
      if (!fault.serve)
        throw new Error(
          `fault ${fault.id} has no client-mode form (scenario ${scenario.id} should not run in client mode)`,
        );
      due.record.fired++;
      const served = await fault.serve(due.step.params, {
        provider: scenario.provider,
        task: scenario.task,
        attempt,
        changes: [],
      });
      return { ...served, fault: fault.id };
    },
  };
}
