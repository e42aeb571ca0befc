// The package root: the pure core plus what scenario files and configs use.
export * from './core.ts';
export { scenario } from './scenario/index.ts';
// A canary API key: put it in a payload, and the secrets self-test proves it reaches no trace or report.
export { CANARY_API_KEY } from '../mocks/secrets.ts';
export type { Scenario, ScenarioInput } from './scenario/index.ts';
export { test } from './runner/fixtures.ts';
export type { FaultlineOptions } from './runner/fixtures.ts';
export { default as referenceHandler } from './handlers/reference.ts';
export { default as referenceClient } from './handlers/reference-client.ts';
export { recoveringClient } from './handlers/clients/recovering-client.ts';
export type { RecoveringClientOptions } from './handlers/clients/recovering-client.ts';
export { fleetClient } from './handlers/clients/fleet/fleet-client.ts';
export type { FleetOptions } from './handlers/clients/fleet/fleet-client.ts';
