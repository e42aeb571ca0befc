import type { AttemptRecord } from './attempts.ts';

/** One step of a run's life before its end: a status and how long it lasts. */
export interface Phase {
  status: string;
  ms: number;
}

/** A run (session, task run) whose status follows a timeline and then its fate's final body. */
export interface SimRun {
  id: string;
  attempt: AttemptRecord;
  createdAtMs: number;
  /** Wall-clock (virtual) creation time, ISO 8601. */
  createdAt: string;
  phases: readonly Phase[];
  final: Record<string, unknown>;
}

/** A run as seen at one instant. */
export interface RunView {
  status: string;
  terminal: boolean;
  /** The final body once terminal, else null. */
  final: Record<string, unknown> | null;
  /** Virtual ms of the next status change, or null once terminal. */
  nextChangeAtMs: number | null;
  /** Index of the current phase (phases.length once terminal): a cursor for change feeds. */
  step: number;
}

/**
 * Where a run is at `nowMs`: the status of the phase it is in, or its final body.
 *
 * @example
 * viewRun(run, run.createdAtMs + 500).status; // 'pending'
 */
export function viewRun(run: SimRun, nowMs: number): RunView {
  let until = run.createdAtMs;
  for (const [step, phase] of run.phases.entries()) {
    until += phase.ms;
    if (nowMs < until) return { status: phase.status, terminal: false, final: null, nextChangeAtMs: until, step };
  }
  return { status: String(run.final.status), terminal: true, final: run.final, nextChangeAtMs: null, step: run.phases.length };
}

/**
 * Runs by id, for the platforms that poll.
 *
 * @example
 * const runs = new RunStore();
 * runs.add({ id: 'ses_1', attempt, createdAtMs: 0, createdAt: new Date().toISOString(), phases: [{ status: 'running', ms: 5000 }], final });
 */
export class RunStore {
  private readonly byId = new Map<string, SimRun>();

  add(run: SimRun): SimRun {
    this.byId.set(run.id, run);
    run.attempt.runId = run.id;
    return run;
  }

  get(id: string): SimRun | undefined {
    return this.byId.get(id);
  }

  /** Runs not yet ended at `nowMs`. */
  active(nowMs: number): SimRun[] {
    return [...this.byId.values()].filter((run) => !viewRun(run, nowMs).terminal);
  }
}
