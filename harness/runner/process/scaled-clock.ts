import { VIRTUAL_EPOCH_MS } from '../client/virtual-time.ts';

// Captured before any clock is installed: the harness's own real time.
const RealDate = globalThis.Date;
const realSetTimeout = globalThis.setTimeout;
const realSetInterval = globalThis.setInterval;

/** A clock that runs `factor` times faster than real time, installed for the whole process. */
export interface ScaledClock {
  readonly factor: number;
  /** Virtual epoch ms now (what `Date.now()` returns while installed, before rounding). */
  now(): number;
  /** Restores the real `Date`, `setTimeout` and `setInterval`. */
  uninstall(): void;
}

let installed: ScaledClock | null = null;

/**
 * Makes `Date`, `setTimeout` and `setInterval` run `factor` times faster than real time, from
 * `epochMs` (virtual) on: a simulator served in this process then lives in the same scaled time as
 * a client whose clock libfaketime speeds up by the same factor, so a gap of `g` real ms between
 * two requests is `g × factor` virtual ms on both sides. `performance.now()`, `setImmediate` and
 * I/O stay real. Only one scaled clock at a time; uninstall it in a `finally`.
 *
 * @example
 * const clock = installScaledClock(100);
 * try { setTimeout(done, 30_000); } // fires after 300 real ms
 * finally { clock.uninstall(); }
 */
export function installScaledClock(factor: number, epochMs = VIRTUAL_EPOCH_MS): ScaledClock {
  if (!(Number.isFinite(factor) && factor >= 1)) throw new Error(`a scaled clock needs a factor ≥ 1, got ${factor}`);
  if (installed) throw new Error('a scaled clock is already installed in this process');
  const realStart = performance.now();
  const now = () => epochMs + (performance.now() - realStart) * factor;
  const scaled = (ms: unknown) => Math.max(0, Number(ms) || 0) / factor;

  function ScaledDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new RealDate(now()).toString();
    return args.length ? new (RealDate as unknown as new (...a: unknown[]) => Date)(...args) : new RealDate(now());
  }
  Object.setPrototypeOf(ScaledDate, RealDate);
  ScaledDate.prototype = RealDate.prototype;
  ScaledDate.now = () => Math.floor(now());

  const globals = globalThis as unknown as Record<string, unknown>;
  globals.Date = ScaledDate;
  globals.setTimeout = (callback: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    realSetTimeout(callback, scaled(ms), ...args);
  globals.setInterval = (callback: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    realSetInterval(callback, scaled(ms), ...args);

  const clock: ScaledClock = {
    factor,
    now,
    uninstall() {
      if (installed !== clock) return;
      globals.Date = RealDate;
      globals.setTimeout = realSetTimeout;
      globals.setInterval = realSetInterval;
      installed = null;
    },
  };
  return (installed = clock);
}
