import { faultlineEnv } from '../env.ts';

/**
 * A seeded uniform generator in [0, 1) (mulberry32): the same seed gives the same sequence.
 *
 * @example
 * const random = seededRandom(42);
 * random(); // always the same first number for seed 42
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Derives a 32-bit seed for one scenario from the run's seed and the scenario id (FNV-1a), so
 * that every scenario has its own stream and adding a scenario does not shift the others.
 *
 * @example
 * scenarioSeed(7, 'hcompany/captcha'); // the same number on every run
 */
export function scenarioSeed(runSeed: number, id: string): number {
  let hash = 0x811c9dc5 ^ (runSeed >>> 0);
  for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

/**
 * Reads the run's seed from `FAULTLINE_SEED` (any whole number; see {@link seedFromText}), or draws
 * one. Throws a clear error for a seed that is not a whole number.
 *
 * @example
 * runSeed({ FAULTLINE_SEED: '12' }); // 12
 */
export function runSeed(env: Record<string, string | undefined> = process.env): number {
  return faultlineEnv(env).FAULTLINE_SEED ?? Math.floor(Math.random() * 2 ** 31);
}
