import type { HttpHandler } from 'msw';
import type { PlatformGate } from '../faults/platform/index.ts';
import { cleanSuccess, type SimulatedProvider } from '../platforms.ts';
import { SimulatorCore } from './core.ts';
import type { ErrorEnvelopes } from './errors.ts';
import { alwaysSucceed, type FateSource } from './fates.ts';

export type { SimulatedProvider } from '../platforms.ts';

/** How to build a simulator. */
export interface SimulatorOptions {
  /** Origin the handlers answer on, e.g. `https://api.hcompany.test` or `http://127.0.0.1:4100`. */
  baseUrl: string;
  /** Valid API keys: the first is the client's, later ones are what a credentials refresh yields. */
  apiKeys: readonly string[];
  /** Seed for ids and timings. */
  seed: number;
  /** How each attempt ends; by default every run succeeds. */
  fates?: FateSource;
  /** Platform-wide faults armed for a fleet (`mocks/faults/platform/`). */
  platform?: readonly PlatformGate[];
}

/** A provider simulator: MSW handlers plus the state the harness reads back. */
export interface Simulator {
  provider: SimulatedProvider;
  baseUrl: string;
  /** Plain MSW request handlers: `setupServer(...sim.handlers)` or `server.use(...sim.handlers)`. */
  handlers: HttpHandler[];
  core: SimulatorCore;
}

/**
 * The shared state of a new simulator for `provider`: its error envelopes, where it reads the API
 * key, and by default fates in which every run succeeds.
 *
 * @example
 * const core = simulatorCore('problem', options, problemErrors(nextId), bearerKey);
 */
export function simulatorCore(
  provider: SimulatedProvider,
  options: SimulatorOptions,
  errors: ErrorEnvelopes,
  apiKeyOf: (request: Request) => string | undefined,
): SimulatorCore {
  return new SimulatorCore({
    ...options,
    provider,
    errors,
    apiKeyOf,
    fates: options.fates ?? alwaysSucceed(() => cleanSuccess(provider)),
  });
}
