import type { AttemptRecord } from './attempts.ts';

/** One step of a run's life before its end: a status and how long it lasts. */
export interface Phase {
  status: string;
  ms: number;
}

/** A run (session, task run) whose status follows a timeline and then its fate's end. */
export interface SimRun<D = unknown> {
  id: string;
  attempt: AttemptRecord;
  /** Virtual ms of its creation. */
  createdAtMs: number;
  phases: readonly Phase[];
  /** How the run ends: the end fields its fate says (`status`, error codes, the answer). */
  final: Record<string, unknown>;
  /** Set when the client canceled the run before its end: when, and the end it then has. */
  canceled?: { atMs: number; final: Record<string, unknown> };
  /** What the platform keeps about the run besides its timeline (its request, its type). */
  data: D;
}

/** A run as seen at one instant. */
export interface RunView {
  status: string;
  terminal: boolean;
  /** The end fields once terminal, else null. */
  final: Record<string, unknown> | null;
  /** Virtual ms of the next status change, or null once terminal. */
  nextChangeAtMs: number | null;
  /** Index of the current phase (phases.length once terminal): a cursor for change feeds. */
  step: number;
  /**
   * Virtual ms at which the run entered each state so far: `since[0]` is the creation (the first
   * phase), `since[step]` the current state. Timestamps come from here, so reads never move them.
   */
  since: number[];
}

/**
 * Where a run is at `nowMs`: the status of the phase it is in, or its end (a cancel ends it early).
 * A pure function of the run and the instant, so the same instant always reads the same.
 *
 * @example
 * viewRun(run, run.createdAtMs + 500).status; // 'pending'
 */
export function viewRun(run: SimRun, nowMs: number): RunView {
  const cancelAt = run.canceled?.atMs ?? Infinity;
  const since: number[] = [];
  let start = run.createdAtMs;
  for (const [step, phase] of run.phases.entries()) {
    const end = start + phase.ms;
    since.push(start);
    if (nowMs < Math.min(end, cancelAt))
      return {
        status: phase.status,
        terminal: false,
        final: null,
        nextChangeAtMs: Math.min(end, cancelAt),
        step,
        since,
      };
    if (cancelAt < end) return ended(run.canceled!.final, step + 1, [...since, cancelAt]);
    start = end;
  }
  return ended(run.final, run.phases.length, [...since, start]);
}

function ended(final: Record<string, unknown>, step: number, since: number[]): RunView {
  return { status: String(final.status), terminal: true, final, nextChangeAtMs: null, step, since };
}

/**
 * Runs by id, for the platforms that poll.
 *
 * @example
 * const runs = new RunStore();
 * runs.add({ id: 'ses_1', attempt, createdAtMs: 0, phases: [{ status: 'running', ms: 5000 }], final, data: {} });
 */
export class RunStore<D = unknown> {
  private readonly byId = new Map<string, SimRun<D>>();

  add(run: SimRun<D>): SimRun<D> {
    this.byId.set(run.id, run);
    run.attempt.runId = run.id;
    return run;
  }

  get(id: string | undefined): SimRun<D> | undefined {
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** Runs not yet ended at `nowMs`. */
  active(nowMs: number): SimRun<D>[] {
    return [...this.byId.values()].filter((run) => !viewRun(run, nowMs).terminal);
  }

  /**
   * Ends a run that has not ended yet at `nowMs` with `final` (the client canceled it). Returns
   * false, changing nothing, when the run had already ended.
   */
  cancel(run: SimRun<D>, nowMs: number, final: Record<string, unknown>): boolean {
    if (viewRun(run, nowMs).terminal) return false;
    run.canceled = { atMs: nowMs, final };
    return true;
  }
}
