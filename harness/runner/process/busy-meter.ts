import { readFileSync } from 'node:fs';
import { list, processTree } from './proc.ts';

/** /proc reports children's CPU time in ticks of 1/100 s (USER_HZ, the same on every Linux ABI). */
const MS_PER_TICK = 10;

/**
 * Real ms a process and its descendants have spent running or waiting for a CPU so far: the time
 * they were busy rather than asleep. Sums, for each live process of the tree, the run and run-queue
 * time of all its threads (`/proc/<pid>/task/<tid>/schedstat`) and the CPU time of the children it
 * has reaped (`cutime + cstime`; their queueing time is not kept by Linux). Zero off Linux.
 *
 * @example
 * const before = busyMs(child.pid);
 * // … the client parses an answer and decides …
 * busyMs(child.pid) - before; // e.g. 3.2
 */
export function busyMs(root: number): number {
  let total = 0;
  for (const { pid, fields } of processTree(root)) {
    total += (Number(fields[13]) + Number(fields[14])) * MS_PER_TICK;
    for (const tid of list(`/proc/${pid}/task`)) {
      try {
        const [run, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
        total += ((run ?? 0) + (wait ?? 0)) / 1e6;
      } catch {
        // The thread ended while we looked.
      }
    }
  }
  return total;
}

/** One reading of a client's busy time, on the simulator's (virtual) clock. */
export interface BusyReading {
  atMs: number;
  busyMs: number;
}

/**
 * Readings of a client's busy time, taken as requests arrive: how busy the client was between two
 * moments of a run (at most the difference of the readings around them).
 *
 * @example
 * const meter = new BusyMeter();
 * meter.read(core.now(), child.pid);
 * meter.busyBetween(1_000, 31_000); // real ms the client was busy between those virtual instants
 */
export class BusyMeter {
  readonly readings: BusyReading[] = [];

  read(atMs: number, root: number): void {
    this.readings.push({ atMs, busyMs: busyMs(root) });
  }

  /** Real ms of busy time between two virtual instants, from the last readings at or before each. */
  busyBetween(fromMs: number, toMs: number): number {
    return Math.max(0, this.busyAt(toMs) - this.busyAt(fromMs));
  }

  private busyAt(ms: number): number {
    for (let i = this.readings.length - 1; i >= 0; i--)
      if (this.readings[i]!.atMs <= ms) return this.readings[i]!.busyMs;
    return 0;
  }
}
