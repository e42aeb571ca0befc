import { describe, expect, it } from 'vitest';
import { listing } from '../../harness/catalogue/listing.ts';
import { defineScenario, scenarioModes } from '../../harness/scenario/define.ts';
import { ScenarioLoadError } from '../../harness/scenario/errors.ts';
import { fleetTasks, taskIndexOf } from '../../harness/scenario/fleet.ts';
import type { RawScenarioInput } from '../../harness/scenario/spec.ts';

const FILE = 'scenarios/problem/fleet-example.scenario.ts';
const FLEET: RawScenarioInput = {
  title: '20 tasks meet a 1-minute outage',
  schedule: [],
  fleet: { tasks: 20, platform: [{ fault: 'platform.outage', with: { forS: 60 } }] },
  expect: { end: ['accept'], kinds: ['platform.unavailable'] },
};

function loadError(id: string, spec: unknown): string {
  try {
    defineScenario(id, spec, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioLoadError);
    return (error as Error).message;
  }
  throw new Error('expected a ScenarioLoadError');
}

describe('fleet scenarios', () => {
  it('declare their number of tasks and platform-wide faults; they run in client mode only', () => {
    const scenario = defineScenario('problem/fleet-example', FLEET, FILE);
    expect(scenario.tasks).toBe(20);
    expect(scenario.platform.map((p) => [p.fault.id, p.params])).toEqual([['platform.outage', { fromS: 0, forS: 60 }]]);
    expect(scenarioModes(scenario)).toEqual(['client']);
    expect(listing([scenario])[0]).toMatchObject({ id: 'problem/fleet-example', tasks: 20, modes: ['client'] });
  });

  it('a single-task scenario lists 1 task', () => {
    const single = defineScenario('problem/internal-once', { title: 'internal once', schedule: [{ fault: 'network.reset' }], expect: { end: ['accept'], kinds: ['transport.connection_reset'] } }, 'scenarios/problem/internal-once.scenario.ts');
    expect(listing([single])[0]).toMatchObject({ tasks: 1, modes: ['policy', 'client'] });
  });

  it.each<[string, unknown, RegExp]>([
    ['no fault at all', { ...FLEET, fleet: { tasks: 20, platform: [] } }, /schedule: arm at least one fault \(a schedule step, or a platform-wide fault of a fleet\)/],
    ['one task', { ...FLEET, fleet: { ...FLEET.fleet, tasks: 1 } }, /fleet\.tasks: .*>=2/],
    ['unknown platform fault', { ...FLEET, fleet: { tasks: 5, platform: [{ fault: 'platform.down' }] } }, /fleet\.platform\[0\]\.fault: unknown platform-wide fault "platform\.down"; expected one of: platform\.outage, platform\.rate-limit, platform\.concurrency-limit, platform\.slow/],
    ['bad parameter', { ...FLEET, fleet: { tasks: 5, platform: [{ fault: 'platform.concurrency-limit', with: { limit: 0 } }] } }, /fleet\.platform\[0\]\.with\.limit: /],
  ])('refuses a fleet with %s, naming the field', (_name, spec, message) => {
    expect(loadError('problem/fleet-example', spec)).toMatch(message);
  });

  it('refuses a platform-wide fault the provider cannot answer', () => {
    expect(loadError('hcompany/fleet-example', FLEET)).toMatch(/fleet\.platform\[0\]\.fault: platform-wide fault "platform\.outage" is for problem, not for provider "hcompany"/);
  });

  it('gives each task its own id and a prompt that names it, read back from the traffic', () => {
    const tasks = fleetTasks(defineScenario('problem/fleet-example', FLEET, FILE));
    expect(tasks).toHaveLength(20);
    expect(tasks[2]).toMatchObject({ id: 'problem/fleet-example#3', prompt: expect.stringMatching(/\(fleet task 3 of 20\)$/) });
    expect(taskIndexOf(tasks[2]!.prompt)).toBe(2);
    expect(taskIndexOf(`${tasks[2]!.prompt} (only the requested field)`)).toBe(2);
    expect(taskIndexOf('Find the price')).toBeNull();
  });
});
