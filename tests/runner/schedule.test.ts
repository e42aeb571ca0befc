import { describe, expect, it } from 'vitest';
import { faultById } from '../../mocks/faults/index.ts';
import { Schedule } from '../../harness/runner/schedule.ts';
import type { ArmedStep } from '../../harness/scenario/define.ts';

const step = (id: string, times: ArmedStep['times']): ArmedStep => ({ fault: faultById(id)!, params: {}, times });

describe('Schedule', () => {
  it('answers a counted step N times, then the next step, then null (success)', () => {
    const schedule = new Schedule([step('network.refused', 2), step('network.reset', 1)]);
    const ids = Array.from({ length: 4 }, () => schedule.next()?.step.fault.id ?? null);
    expect(ids).toEqual(['network.refused', 'network.refused', 'network.reset', null]);
  });

  it("never runs out of an 'always' step", () => {
    const schedule = new Schedule([step('network.refused', 'always')]);
    for (let i = 0; i < 50; i++) expect(schedule.next()?.step.fault.id).toBe('network.refused');
  });

  it('reports every armed fault that did not fire as often as armed', () => {
    const schedule = new Schedule([step('network.refused', 2), step('network.reset', 1)]);
    schedule.next()!.record.fired++;
    expect(schedule.unfired()).toEqual([
      'armed fault never fired: schedule[0] network.refused was armed to fire 2 times but fired 1',
      'armed fault never fired: schedule[1] network.reset was armed to fire 1 time but fired 0',
    ]);
  });
});
