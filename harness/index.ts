// The package root: the pure core plus what scenario files and configs use.
export * from './core.ts';
export { scenario } from './scenario/index.ts';
export type { Scenario, ScenarioInput } from './scenario/index.ts';
export { test } from './runner/fixtures.ts';
export type { FaultlineOptions } from './runner/fixtures.ts';
