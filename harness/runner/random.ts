import { faultlineEnv } from '../env.ts';

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
