import type { ScenarioResult } from './verdict.ts';

/**
 * The failure message of a scenario that did not pass: which scenario and handler, its grade,
 * every problem on its own line, the seed to reproduce it.
 *
 * @example
 * formatProblems(result);
 * // 'scenario hcompany/captcha × handler "naive-retry-all": fail, 2 problems (scenario seed 1234) …'
 */
export function formatProblems(result: ScenarioResult): string {
  const count = `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`;
  return [
    `scenario ${result.scenario} × handler "${result.handler}": ${result.grade}, ${count} (scenario seed ${result.seed})`,
    ...result.problems.map((problem) => `  • ${problem}`),
    `  decisions: ${result.attempts.map((a) => `${a.n}:${a.decision.action}`).join(' → ') || '(none)'}`,
  ].join('\n');
}

/**
 * The warning line of a non-strict verdict: which `should` rules the handler broke, and how to
 * make such verdicts fail.
 *
 * @example
 * formatNonStrict(result);
 * // '⚠ non-strict: webcompute/health-timeout × "conservative" broke should-level rules: early-give-up (FAULTLINE_STRICT=1 fails it)'
 */
export function formatNonStrict(result: ScenarioResult): string {
  const rules = [...new Set(result.violations.map((v) => v.rule))].join(', ');
  return `⚠ non-strict: ${result.scenario} × "${result.handler}" broke should-level rules: ${rules} (FAULTLINE_STRICT=1 fails it)`;
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
  const { scenario, handler, seed, grade, attempts, violations, problems, unreached, trace } = result;
  // Only what the seed decides: real durations would make two runs differ.
  return JSON.stringify(
    { scenario, handler, seed, grade, attempts, violations, problems, unreached, events: trace.events },
    null,
    2,
  ).replace(LOOPBACK_PORT, '127.0.0.1:<port>');
}
