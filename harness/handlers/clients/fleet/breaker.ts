import { sleep } from '../http.ts';

/** How a {@link CircuitBreaker} behaves. */
export interface BreakerOptions {
  /** Consecutive failures that open it. */
  threshold: number;
  /** How long it stays open before one probe may test recovery; doubled after each failed probe. */
  halfOpenAfterMs: number;
  /** The longest it stays open. */
  maxOpenMs: number;
}

/**
 * A circuit breaker shared by every task of a fleet (closed → open → half-open → closed), on
 * `Date` and `setTimeout` so it runs on Faultline's virtual clock. Closed: calls go. After
 * `threshold` failures in a row it opens: calls wait. Once `halfOpenAfterMs` has passed, a single
 * call goes as the probe; its success closes the breaker, its failure opens it again for twice as
 * long (up to `maxOpenMs`). Waiting calls wake with a random spread, so they do not come back at once.
 *
 * @example
 * const breaker = new CircuitBreaker({ threshold: 5, halfOpenAfterMs: 10_000, maxOpenMs: 60_000 });
 * const probe = await breaker.admit(random, signal); // then breaker.success() or breaker.failure()
 */
export class CircuitBreaker {
  private state: 'closed' | 'open' | 'half-open' = 'closed';
  private failures = 0;
  private openMs: number;
  private openUntil = 0;

  constructor(private readonly options: BreakerOptions) {
    this.openMs = options.halfOpenAfterMs;
  }

  /**
   * Waits until a call may go: at once when closed, else as the single probe once the breaker may
   * half-open. Returns true for the probe.
   */
  async admit(random: () => number, signal: AbortSignal): Promise<boolean> {
    while (!signal.aborted) {
      if (this.state === 'closed') return false;
      if (this.state === 'open' && Date.now() >= this.openUntil) {
        this.state = 'half-open';
        return true;
      }
      const untilMs = this.state === 'open' ? this.openUntil - Date.now() : this.options.halfOpenAfterMs / 10;
      await sleep(untilMs + random() * 2_000, signal);
    }
    return false;
  }

  /** True while a call admitted by {@link admit} may still go (the breaker did not open meanwhile). */
  permits(probe: boolean): boolean {
    return this.state === 'closed' || (probe && this.state === 'half-open');
  }

  /** The call reached a platform that works (whatever it answered): close. */
  success(): void {
    this.state = 'closed';
    this.failures = 0;
    this.openMs = this.options.halfOpenAfterMs;
  }

  /** The call met a platform that is down: count it; a failed probe, or too many in a row, opens the breaker. */
  failure(): void {
    if (this.state === 'half-open') {
      this.openMs = Math.min(this.openMs * 2, this.options.maxOpenMs);
      this.open();
    } else if (this.state === 'closed' && ++this.failures >= this.options.threshold) {
      this.open();
    }
  }

  private open(): void {
    this.state = 'open';
    this.openUntil = Date.now() + this.openMs;
  }
}
