import { LayerSchema, type Layer } from '../contract/kinds.ts';
import { handlersOf, ReportVerdictSchema, type ReportEntry, type ReportVerdict } from './entry.ts';

/** How many scenarios got each verdict. */
export type Tally = Record<ReportVerdict, number>;

/** A handler's score: overall, and per layer of the kinds its scenarios cover. */
export interface HandlerScore {
  overall: Tally;
  /** A scenario counts in every layer one of its kinds belongs to (a scenario crossing layers counts in each). */
  layers: Record<Layer, Tally>;
}

/** The layers, in the order the reports show them. */
export const LAYERS: readonly Layer[] = LayerSchema.options;

/**
 * How many entries got each verdict.
 *
 * @example
 * tally(entries.filter((e) => e.handler === 'reference')); // { pass: 12, 'non-strict': 1, fail: 0, skipped: 1 }
 */
export function tally(entries: readonly ReportEntry[]): Tally {
  const counts = Object.fromEntries(ReportVerdictSchema.options.map((v) => [v, 0])) as Tally;
  for (const entry of entries) counts[entry.verdict]++;
  return counts;
}

/**
 * Each handler's score, overall and per layer (transport, platform, browser, agent, answer),
 * keyed by handler in sorted order.
 *
 * @example
 * scores(entries).reference.layers.platform; // { pass: 40, 'non-strict': 2, fail: 0, skipped: 3 }
 */
export function scores(entries: readonly ReportEntry[]): Record<string, HandlerScore> {
  return Object.fromEntries(
    handlersOf(entries).map((handler) => {
      const own = entries.filter((e) => e.handler === handler);
      const layers = Object.fromEntries(
        LAYERS.map((layer) => [layer, tally(own.filter((e) => layersOf(e).includes(layer)))]),
      ) as Record<Layer, Tally>;
      return [handler, { overall: tally(own), layers }];
    }),
  );
}

/** The layers an entry's kinds belong to (the part of each kind before the dot). */
function layersOf(entry: Pick<ReportEntry, 'kinds'>): Layer[] {
  const layers = entry.kinds.map((kind) => kind.slice(0, kind.indexOf('.')));
  return LAYERS.filter((layer) => layers.includes(layer));
}
