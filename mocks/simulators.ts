import { hcompanySimulator } from './hcompany/simulator.ts';
import { problemSimulator } from './problem/simulator.ts';
import { skyvernSimulator } from './skyvern/simulator.ts';
import type { SimulatedProvider, Simulator, SimulatorOptions } from './simulator/simulator.ts';
import { webcomputeSimulator } from './webcompute/simulator.ts';

export type { Simulator, SimulatorOptions, SimulatedProvider } from './simulator/simulator.ts';
export type { ArmedRoute } from './simulator/core.ts';
export type { Fate, FateSource, RunRequest } from './simulator/fates.ts';

/** The simulator of each HTTP platform, by provider. */
export const SIMULATORS: Record<SimulatedProvider, (options: SimulatorOptions) => Simulator> = {
  hcompany: hcompanySimulator,
  skyvern: skyvernSimulator,
  webcompute: webcomputeSimulator,
  problem: problemSimulator,
};

/** The origin each in-process simulator answers on (never resolvable, so nothing leaks out). */
export const SIMULATED_ORIGINS: Record<SimulatedProvider, string> = {
  hcompany: 'https://api.hcompany.test',
  skyvern: 'https://api.skyvern.test',
  webcompute: 'https://api.webcompute.test',
  problem: 'https://api.problem.test',
};

export { hcompanySimulator, skyvernSimulator, webcomputeSimulator, problemSimulator };
