import type { Scenario } from '../../scenario/define.ts';
import { clientFate } from '../../../mocks/faults/client-fate.ts';
import { successBody } from '../../../mocks/simulator/simulator.ts';
import type { FateSource, SimulatedProvider } from '../../../mocks/simulators.ts';
import type { Schedule } from '../schedule.ts';

/**
 * The fates a scenario's schedule gives a simulator: one step per run the client starts (counted
 * as fired when the platform serves it); once spent, the platform's clean success.
 *
 * @example
 * const sim = SIMULATORS.hcompany({ baseUrl, apiKeys, seed, fates: scheduleFates(scenario, new Schedule(scenario.steps)) });
 */
export function scheduleFates(scenario: Scenario, schedule: Schedule): FateSource {
  return {
    peek: () => schedule.peek(),
    next: async (attempt) => {
      const due = schedule.next();
      if (!due) return { type: 'final', fault: 'success', body: successBody(scenario.provider as SimulatedProvider) };
      due.record.fired++;
      return clientFate(due.step.fault, due.step.params, { provider: scenario.provider, task: scenario.task, attempt, changes: [] });
    },
  };
}
