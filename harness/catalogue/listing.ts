import { scenarioModes, type Scenario } from '../scenario/define.ts';
import { byCodeUnits } from '../shared/sort.ts';

/** One row of `faultline list --json`. */
export interface CatalogueEntry {
  id: string;
  file: string;
  provider: Scenario['provider'];
  /** The modes it runs in: `policy` or `browser`, plus `client` when client handlers run it. */
  modes: Array<'policy' | 'browser' | 'client'>;
  browser: boolean;
  /** True when client handlers run it against a simulator (client mode). */
  client: boolean;
  /** How many tasks one client runs at once: 1, or a fleet's N. */
  tasks: number;
  kinds: string[];
  sources: string[];
}

/**
 * The catalogue as `faultline list --json` prints it, one entry per scenario, sorted by id.
 *
 * @example
 * listing(await loadCatalogue()); // [{ id: 'hcompany/…', file: 'scenarios/…', provider: 'hcompany', modes: ['policy', 'client'], tasks: 1, … }]
 */
export function listing(scenarios: readonly Scenario[]): CatalogueEntry[] {
  return scenarios
    .map((s) => ({
      id: s.id,
      file: s.file,
      provider: s.provider,
      modes: scenarioModes(s),
      browser: s.browser,
      client: s.client,
      tasks: s.tasks,
      kinds: s.kinds,
      sources: s.sources,
    }))
    .sort((a, b) => byCodeUnits(a.id, b.id));
}
