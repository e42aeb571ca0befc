import type { Scenario } from '../scenario/define.ts';

/** One row of `faultline list --json`. */
export interface CatalogueEntry {
  id: string;
  file: string;
  provider: Scenario['provider'];
  mode: Scenario['mode'];
  browser: boolean;
  /** True when client handlers run it against a simulator (client mode). */
  client: boolean;
  kinds: string[];
  sources: string[];
}

/**
 * The catalogue as `faultline list --json` prints it, one entry per scenario, sorted by id.
 *
 * @example
 * listing(await loadCatalogue()); // [{ id: 'hcompany/…', file: 'scenarios/…', provider: 'hcompany', … }]
 */
export function listing(scenarios: readonly Scenario[]): CatalogueEntry[] {
  return scenarios
    .map(({ id, file, provider, mode, browser, client, kinds, sources }) => ({ id, file, provider, mode, browser, client, kinds, sources }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
