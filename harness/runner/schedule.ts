import type { ArmedStep } from '../scenario/define.ts';

/** One step's standing: how often it was due and how often its fault really happened. */
export interface StepRecord {
  index: number;
  fault: string;
  times: number | 'always';
  due: number;
  fired: number;
  /** Attempts where the handler's earlier changes cured the fault. */
  healed: number;
}

/**
 * A counted fault schedule ("fail 2 times, then succeed"): each attempt takes the next due step,
 * or null once the schedule is spent (the attempt then gets the provider's clean success).
 *
 * @example
 * const schedule = new Schedule(scenario.steps);
 * const step = schedule.next(); // the first armed step, or null
 */
export class Schedule {
  readonly records: StepRecord[];
  private cursor = 0;

  constructor(private readonly steps: readonly ArmedStep[]) {
    this.records = steps.map((step, index) => ({
      index,
      fault: step.fault.id,
      times: step.times,
      due: 0,
      fired: 0,
      healed: 0,
    }));
  }

  /** The step due for the next attempt, or null when the schedule is spent. */
  next(): { step: ArmedStep; record: StepRecord } | null {
    while (this.cursor < this.steps.length) {
      const step = this.steps[this.cursor]!;
      const record = this.records[this.cursor]!;
      if (step.times === 'always' || record.due < step.times) {
        record.due++;
        return { step, record };
      }
      this.cursor++;
    }
    return null;
  }

  /** The fault the next attempt will get, without consuming it; null once spent. */
  peek(): ArmedStep['fault'] | null {
    for (let i = this.cursor; i < this.steps.length; i++) {
      const step = this.steps[i]!;
      if (step.times === 'always' || this.records[i]!.due < step.times) return step.fault;
    }
    return null;
  }

  /**
   * Armed steps that did not all fire, in plain words: a handler that stopped early never reached
   * them, and a catalogue scenario whose steps the reference handler does not reach tests nothing.
   */
  unfired(): string[] {
    return this.records.flatMap((r) => {
      // A step counts as tested when its fault fired at least once and every due attempt either
      // fired or was cured by the handler's changes.
      const wanted = r.times === 'always' ? 1 : r.times;
      if (r.fired >= 1 && r.fired + r.healed >= wanted) return [];
      const label = r.times === 'always' ? 'at least once' : `${r.times} time${r.times === 1 ? '' : 's'}`;
      return [
        `armed fault never fired: schedule[${r.index}] ${r.fault} was armed to fire ${label} but fired ${r.fired}`,
      ];
    });
  }
}
