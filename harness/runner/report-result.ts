import type { ScenarioResult } from './run-scenario.ts';

/**
 * The failure message of a scenario that did not pass: which scenario and handler, every problem
 * on its own line, the seed to reproduce it.
 *
 * @example
 * formatProblems(result);
 * // 'scenario hcompany/captcha × handler "naive-retry-all": 2 problems (seed 1234) …'
 */
export function formatProblems(result: ScenarioResult): string {
  const count = `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`;
  return [
    `scenario ${result.scenario} × handler "${result.handler}": ${count} (scenario seed ${result.seed})`,
    ...result.problems.map((problem) => `  • ${problem}`),
    `  decisions: ${result.attempts.map((a) => `${a.n}:${a.decision.action}`).join(' → ') || '(none)'}`,
  ].join('\n');
}

/** Ephemeral loopback ports (fixture site, proxies, closed ports) differ from run to run. */
const LOOPBACK_PORT = /\b127\.0\.0\.1:\d+/g;

/**
 * The JSON body of the trace attached to each scenario's test result. Loopback ports are written
 * as `127.0.0.1:<port>`, so the same seed gives a byte-identical trace on every run.
 *
 * @example
 * testInfo.attach('faultline-trace.json', { body: traceJson(result), contentType: 'application/json' });
 */
export function traceJson(result: ScenarioResult): string {
  const { scenario, handler, seed, passed, attempts, violations, problems, trace } = result;
  // Only what the seed decides: real durations would make two runs differ.
  return JSON.stringify({ scenario, handler, seed, passed, attempts, violations, problems, events: trace.events }, null, 2).replace(LOOPBACK_PORT, '127.0.0.1:<port>');
}
