/** One request a client sent to a simulator and what it got, on the virtual clock. */
export interface Exchange {
  /** 1-based order of arrival. */
  seq: number;
  /** Virtual ms since the simulator started. */
  atMs: number;
  method: string;
  /** Path and query, without the origin. */
  path: string;
  /** The simulator's name for the route, e.g. `'create'`, `'status'`; `'unknown'` when none matched. */
  route: string;
  idempotencyKey?: string;
  /** Which of the known API keys was sent (`key#1`, …), `wrong`, or `none`; never the key itself. */
  credential: string;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body?: unknown;
  /** The answer: an HTTP status or a dropped connection. Absent while in flight. */
  status?: number | 'network_error';
  /** Attempt this request belongs to (0 before the first attempt-starting request). */
  attempt: number;
}

/**
 * Every request a simulator saw, in order: what the harness reconstructs a client's decisions from.
 *
 * @example
 * const traffic = new Traffic();
 * const exchange = traffic.open({ atMs: 0, method: 'POST', path: '/api/v2/sessions', route: 'create', credential: 'key#1', attempt: 1 });
 * exchange.status = 201;
 */
export class Traffic {
  readonly exchanges: Exchange[] = [];

  open(fields: Omit<Exchange, 'seq'>): Exchange {
    const exchange = { seq: this.exchanges.length + 1, ...fields };
    this.exchanges.push(exchange);
    return exchange;
  }

  /** One line per request, as a trace shows it: `+30000ms POST /api/v2/sessions → 201`. */
  lines(): string[] {
    return this.exchanges.map((e) => `+${e.atMs}ms ${e.method} ${e.path} → ${e.status ?? 'no answer'}`);
  }
}
