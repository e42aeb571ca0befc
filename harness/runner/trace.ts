/** One thing that happened during a scenario, at a virtual time. */
export interface TraceEvent {
  /** Virtual ms since the scenario started. */
  atMs: number;
  /** 1-based attempt the event belongs to, or 0 for the scenario as a whole. */
  attempt: number;
  type:
    | 'armed'
    | 'fired'
    | 'healed'
    | 'not_fired'
    | 'native'
    | 'classified'
    | 'decision'
    | 'handler_error'
    | 'task_changed'
    | 'traffic'
    | 'scheme'
    | 'measured'
    | 'end';
  data: unknown;
}

/**
 * The scenario's single trace: faults armed and fired, native payloads (redacted), Failures and
 * Decisions with their virtual times, the delays drawn again for the backoff scheme. Plain data,
 * so it serializes to the same JSON every run.
 *
 * @example
 * const trace = new Trace();
 * trace.add(0, 1, 'fired', { fault: 'hcompany.session' });
 * JSON.stringify(trace.events);
 */
export class Trace {
  readonly events: TraceEvent[] = [];

  add(atMs: number, attempt: number, type: TraceEvent['type'], data: unknown): void {
    this.events.push({ atMs, attempt, type, data });
  }
}
