import { afterEach, describe, expect, it } from 'vitest';
import { VIRTUAL_EPOCH_MS } from '../../harness/runner/client/virtual-time.ts';
import { installScaledClock, type ScaledClock } from '../../harness/runner/process/scaled-clock.ts';

let clock: ScaledClock | undefined;
afterEach(() => clock?.uninstall());

describe('installScaledClock', () => {
  it('runs Date and setTimeout the factor faster, from the virtual epoch', async () => {
    const RealDate = Date;
    clock = installScaledClock(100);
    expect(Date.now() - VIRTUAL_EPOCH_MS).toBeLessThan(5_000);
    expect(new Date().getTime()).toBeGreaterThanOrEqual(VIRTUAL_EPOCH_MS);
    expect(new Date(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(typeof Date()).toBe('string');
    expect(new Date() instanceof RealDate).toBe(true);
    const realStart = performance.now();
    const virtualStart = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 5_000)); // 50 real ms
    const real = performance.now() - realStart;
    expect(real).toBeGreaterThanOrEqual(45);
    expect(Date.now() - virtualStart).toBeGreaterThanOrEqual(5_000);
  });

  it('restores the real clock and timers, and refuses a second clock', () => {
    const [RealDate, realSetTimeout] = [Date, setTimeout];
    clock = installScaledClock(10);
    expect(() => installScaledClock(10)).toThrow(/already installed/);
    expect(() => installScaledClock(0)).toThrow();
    clock.uninstall();
    expect(Date).toBe(RealDate);
    expect(setTimeout).toBe(realSetTimeout);
    expect(Math.abs(Date.now() - new RealDate().getTime())).toBeLessThan(1_000);
  });
});
