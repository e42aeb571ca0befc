import type { TaskSpec } from '../contract/index.ts';
import type { Scenario } from './define.ts';

const FLEET_TAG = /\(fleet task (\d+) of (\d+)\)/;

/**
 * The tasks of a fleet: the scenario's task N times, each with its own id (`<scenario>#<i>`) and a
 * prompt that names it (`… (fleet task 3 of 50)`), so the platform's traffic says which task each
 * run belongs to. A single-task scenario gives its one task unchanged.
 *
 * @example
 * fleetTasks(scenario).map((t) => t.id); // ['problem/fleet-outage#1', …, 'problem/fleet-outage#50']
 */
export function fleetTasks(scenario: Pick<Scenario, 'id' | 'task' | 'tasks'>): TaskSpec[] {
  if (scenario.tasks === 1) return [structuredClone(scenario.task)];
  return Array.from({ length: scenario.tasks }, (_, i) => ({
    ...structuredClone(scenario.task),
    id: `${scenario.id}#${i + 1}`,
    prompt: `${scenario.task.prompt} (fleet task ${i + 1} of ${scenario.tasks})`,
  }));
}

/**
 * The 0-based index of the fleet task a run's prompt names, or null when it names none (a client
 * that rewrote the prompt beyond narrowing it).
 *
 * @example
 * taskIndexOf('Find the price (fleet task 3 of 50)'); // 2
 */
export function taskIndexOf(prompt: string | undefined): number | null {
  const match = prompt === undefined ? null : FLEET_TAG.exec(prompt);
  return match ? Number(match[1]) - 1 : null;
}
