/** How many times the bench measures each timing: it reports their median with the min and max beside it. */
export const RUNS = 3;

/**
 * Runs `measure` `times` times, one after the other (two at once would compete for the cores), and
 * returns every result in order.
 *
 * @example
 * await repeat(RUNS, () => simulatorRequestsPerSecond(2_000, 8)); // [1_890, 1_920, 1_850]
 */
export async function repeat<T>(times: number, measure: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < times; run++) results.push(await measure());
  return results;
}
