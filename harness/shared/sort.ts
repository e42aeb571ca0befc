/**
 * Compares strings by UTF-16 code units, not by locale, so every listing and report sorts alike on
 * every machine.
 *
 * @example
 * ['b', 'B', 'a'].sort(byCodeUnits); // ['B', 'a', 'b']
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
