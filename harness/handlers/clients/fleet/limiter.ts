import { sleep } from '../http.ts';

/**
 * A concurrency limiter (a bulkhead) and pacer shared by every task of a fleet: at most `limit`
 * attempts in flight, the others queue in order. When the platform refuses one for concurrency,
 * the limit drops to what it announced, or halves when it announced nothing. When it refuses one
 * for its rate with a `Retry-After`, the fleet starts at most one attempt per that wait from then on.
 *
 * @example
 * const limiter = new Limiter(8);
 * const release = await limiter.acquire(signal);
 * try { await attempt(); } finally { release(); }
 */
export class Limiter {
  private inFlight = 0;
  private readonly queue: Array<() => void> = [];
  private paceMs = 0;
  private nextStartAt = 0;

  constructor(private limit: number) {}

  /** Waits for a slot, then for its turn at the pace; returns the function that frees the slot (once). */
  async acquire(signal: AbortSignal): Promise<() => void> {
    while (this.inFlight >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.inFlight++;
    const startAt = Math.max(Date.now(), this.nextStartAt);
    this.nextStartAt = startAt + this.paceMs;
    if (startAt > Date.now()) await sleep(startAt - Date.now(), signal);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight--;
      this.queue.shift()?.();
    };
  }

  /** The platform refused an attempt for concurrency: keep to the limit it announced, else to half. */
  lower(announced: number | null): void {
    this.limit = Math.max(1, announced ?? Math.floor(this.limit / 2));
  }

  /** The platform refused an attempt for its rate and asked to wait `retryAfterMs`: pace starts to one per that wait. */
  pace(retryAfterMs: number): void {
    this.paceMs = Math.max(this.paceMs, retryAfterMs);
    this.nextStartAt = Math.max(this.nextStartAt, Date.now() + retryAfterMs);
  }
}
