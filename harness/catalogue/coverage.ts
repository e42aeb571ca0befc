import { FAILURE_KINDS, ProviderSchema, type FailureKind, type Provider } from '../contract/kinds.ts';
import type { SourceRow } from './source-rows.ts';
import { byCodeUnits } from '../shared/sort.ts';

/**
 * How a scenario runs, as its tags say: `policy` (a payload, no browser) or `browser` (a real
 * Chromium); `client` counts the scenarios client handlers run (client mode), `fleet` those of them
 * that are fleets (many tasks at once; client mode only).
 */
export type CoverageMode = 'policy' | 'browser' | 'client' | 'fleet';

/** What coverage needs of a scenario: a catalogue entry (`faultline list --json`) or a loaded scenario. */
export interface CoveredScenario {
  id: string;
  browser: boolean;
  /** True when client handlers run it too (absent: no). */
  client?: boolean;
  /** How many tasks one client runs at once (absent: 1); more than 1 is a fleet. */
  tasks?: number;
  kinds: readonly string[];
  sources: readonly string[];
}

/** One seed row and the scenarios that cite it, sorted by id. */
export interface RowCoverage {
  row: SourceRow;
  scenarios: string[];
}

/** One canonical kind: how many scenarios exercise it, in total and per mode. */
export interface KindCoverage {
  kind: FailureKind;
  total: number;
  byMode: Record<CoverageMode, number>;
  scenarios: string[];
}

/** One provider (a scenario id's first word): how many scenarios it has, in total and per mode. */
export interface ProviderCoverage {
  provider: Provider;
  total: number;
  byMode: Record<CoverageMode, number>;
}

/** Seed rows × scenarios, kinds × scenarios, and scenarios per provider. */
export interface Coverage {
  /** Every row, in the order of the row list. */
  rows: RowCoverage[];
  /** Coverable rows that no scenario cites. */
  uncovered: SourceRow[];
  /** Rows no policy scenario can cover (`exempt` says why), whether cited or not. */
  exempt: SourceRow[];
  /** Every canonical kind, in the order of FAILURE_KINDS. */
  kinds: KindCoverage[];
  /** Every provider, in the order of ProviderSchema, with its scenario count. */
  providers: ProviderCoverage[];
  /** Kinds with fewer than `minPerKind` scenarios. */
  thinKinds: KindCoverage[];
  /** `sources` entries that name no row (cannot happen for a catalogue that loads). */
  unknownSources: Array<{ scenario: string; source: string }>;
}

/**
 * Maps seed rows to the scenarios that cite them and canonical kinds to the scenarios that
 * exercise them. Pure: give it the rows and the catalogue.
 *
 * @example
 * const c = coverage(SOURCE_ROWS, listing(await loadCatalogue()));
 * c.uncovered.map((row) => row.id); // ['skyvern:error_code:access_denied', …]
 * c.thinKinds.map((k) => k.kind);   // ['transport.dns', …]
 */
export function coverage(rows: readonly SourceRow[], scenarios: readonly CoveredScenario[], minPerKind = 2): Coverage {
  const byRow = new Map<string, string[]>(rows.map((row) => [row.id, []]));
  const unknownSources: Coverage['unknownSources'] = [];
  const sorted = [...scenarios].sort((a, b) => byCodeUnits(a.id, b.id));
  for (const scenario of sorted) {
    for (const source of new Set(scenario.sources)) {
      const cited = byRow.get(source);
      if (cited) cited.push(scenario.id);
      else unknownSources.push({ scenario: scenario.id, source });
    }
  }
  const rowCoverage = rows.map((row) => ({ row, scenarios: byRow.get(row.id)! }));
  const kinds = FAILURE_KINDS.map((kind): KindCoverage => {
    const exercising = sorted.filter((s) => s.kinds.includes(kind));
    return { kind, total: exercising.length, byMode: countModes(exercising), scenarios: exercising.map((s) => s.id) };
  });
  const providers = ProviderSchema.options.map((provider): ProviderCoverage => {
    const own = sorted.filter((s) => s.id.slice(0, s.id.indexOf('/')) === provider);
    return { provider, total: own.length, byMode: countModes(own) };
  });
  return {
    rows: rowCoverage,
    uncovered: rowCoverage.filter((c) => !c.row.exempt && c.scenarios.length === 0).map((c) => c.row),
    exempt: rows.filter((row) => row.exempt),
    kinds,
    providers,
    thinKinds: kinds.filter((k) => k.total < minPerKind),
    unknownSources,
  };
}

/** How many of `scenarios` run in each mode. */
function countModes(scenarios: readonly CoveredScenario[]): Record<CoverageMode, number> {
  const byMode: Record<CoverageMode, number> = { policy: 0, browser: 0, client: 0, fleet: 0 };
  for (const s of scenarios) {
    if ((s.tasks ?? 1) > 1) byMode.fleet++;
    else byMode[s.browser ? 'browser' : 'policy']++;
    if (s.client) byMode.client++;
  }
  return byMode;
}

/**
 * The coverage report as text: `table` holds each row → its scenarios, each kind and each
 * provider → its count per mode, and a summary line; `problems` lists every uncovered row, every kind with fewer than
 * `minPerKind` scenarios and every unknown source (empty when all is covered).
 *
 * @example
 * const { table, problems } = formatCoverage(coverage(SOURCE_ROWS, entries));
 */
export function formatCoverage(c: Coverage, minPerKind = 2): { table: string[]; problems: string[] } {
  const table: string[] = ['seed row → scenarios'];
  const width = Math.max(0, ...c.rows.map((r) => r.row.id.length));
  for (const { row, scenarios } of c.rows) {
    const cited = scenarios.length ? scenarios.join(', ') : row.exempt ? `(exempt: ${row.exempt})` : '(none)';
    table.push(`  ${row.id.padEnd(width)}  ${cited}`);
  }
  table.push('', 'kind → scenarios: total (policy / browser / client / fleet)');
  const kindWidth = Math.max(0, ...c.kinds.map((k) => k.kind.length));
  for (const k of c.kinds) table.push(`  ${k.kind.padEnd(kindWidth)}  ${counts(k)}`);
  table.push('', 'provider → scenarios: total (policy / browser / client / fleet)');
  const providerWidth = Math.max(0, ...c.providers.map((p) => p.provider.length));
  for (const p of c.providers) table.push(`  ${p.provider.padEnd(providerWidth)}  ${counts(p)}`);
  const coverable = c.rows.length - c.exempt.length;
  table.push(
    '',
    `${coverable - c.uncovered.length}/${coverable} coverable seed rows covered (${c.exempt.length} exempt, ${c.rows.length} in all); ` +
      `${c.kinds.length - c.thinKinds.length}/${c.kinds.length} kinds with ≥ ${minPerKind} scenarios`,
  );
  const problems: string[] = [];
  if (c.uncovered.length)
    problems.push(
      `uncovered seed rows (${c.uncovered.length}):`,
      ...c.uncovered.map((row) => `  ${row.id}  ${row.description}`),
    );
  if (c.thinKinds.length)
    problems.push(
      `kinds with fewer than ${minPerKind} scenarios (${c.thinKinds.length}):`,
      ...c.thinKinds.map((k) => `  ${k.kind}  ${k.total}`),
    );
  if (c.unknownSources.length)
    problems.push(
      `unknown sources (${c.unknownSources.length}):`,
      ...c.unknownSources.map((u) => `  ${u.scenario}: ${u.source}`),
    );
  return { table, problems };
}

/** A total and its split per mode, as the coverage table prints it. */
function counts({ total, byMode }: { total: number; byMode: Record<CoverageMode, number> }): string {
  return `${String(total).padStart(3)}  (${byMode.policy} / ${byMode.browser} / ${byMode.client} / ${byMode.fleet})`;
}
