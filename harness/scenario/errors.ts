/**
 * A scenario file is wrong. The message names the file, the scenario, every bad field and what
 * was expected there, one per line.
 */
export class ScenarioLoadError extends Error {
  override name = 'ScenarioLoadError';
}
