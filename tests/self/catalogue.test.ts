import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../harness/catalogue/load.ts';
import { CATALOGUE_CHECK_SEED, formatUnreached, unreachedIn } from '../../harness/catalogue/reach.ts';
import { SharedCatalogue } from '../../harness/catalogue/run-catalogue.ts';
import type { RecoveryHandler } from '../../harness/contract/index.ts';
import { CORRECT_HANDLERS } from '../../harness/handlers/correct/index.ts';
import escalatesWhenAllowed from '../../harness/handlers/correct/escalates-when-allowed.ts';
import { FLAWED_HANDLERS } from '../../harness/handlers/flawed/index.ts';
import naiveNeverRetry from '../../harness/handlers/naive-never-retry.ts';
import naiveRetryAll from '../../harness/handlers/naive-retry-all.ts';
import reference from '../../harness/handlers/reference.ts';
import webcomputeSdkDefaults from '../../harness/handlers/webcompute-sdk-defaults.ts';
import type { ScenarioResult } from '../../harness/runner/run-scenario.ts';
import type { Scenario } from '../../harness/scenario/define.ts';

// One file for every handler the whole catalogue runs against, so that they share one browser and
// the faults they realize: a handler that reaches an attempt the way an earlier one did is handed
// the fault that attempt really produced, and only paths no earlier handler took cost browser time.
let catalogue: Scenario[];
let shared: SharedCatalogue;
const runs = new Map<string, ScenarioResult[]>();
beforeAll(async () => {
  catalogue = await loadCatalogue();
  shared = new SharedCatalogue(catalogue, { seed: CATALOGUE_CHECK_SEED });
}, 60_000);
afterAll(() => shared?.close());

/** The catalogue against a handler, run once per file. */
async function resultsOf(handler: RecoveryHandler): Promise<ScenarioResult[]> {
  if (!runs.has(handler.name)) runs.set(handler.name, await shared.run(handler));
  return runs.get(handler.name)!;
}
const graded = (results: readonly ScenarioResult[], ...grades: string[]) =>
  results.filter((r) => grades.includes(r.grade)).map((r) => r.scenario);
const explained = (results: readonly ScenarioResult[]) =>
  results.map((r) => `${r.scenario} (${r.grade}):\n  ${r.problems.join('\n  ')}`);

describe('the catalogue', () => {
  it('passes the reference handler on every scenario, and every armed step fires for it', async () => {
    const results = await resultsOf(reference);
    expect(explained(results.filter((r) => r.grade !== 'pass'))).toEqual([]);
    expect(formatUnreached(unreachedIn(results, catalogue))).toEqual([]);
  }, 600_000);

  it('a handler that stops correctly is not blamed for the steps it never reached (issue 11, item 1)', async () => {
    // AuthenticationError twice: escalating credentials at the first 401 is allowed.
    const [result] = (await resultsOf(escalatesWhenAllowed)).filter(
      (r) => r.scenario === 'webcompute/sdk-authentication-error',
    );
    expect(result!.attempts.map((a) => a.decision.action)).toEqual(['escalate']);
    expect(result!.unreached).toEqual([
      expect.stringMatching(/schedule\[0\] webcompute\.sdk_error was armed to fire 2 times but fired 1/),
    ]);
    expect(result!.grade).toBe('pass');
  }, 600_000);
});

describe('the naive handlers', () => {
  it('"retry everything unchanged" fails where that is wrong', async () => {
    expect(graded(await resultsOf(naiveRetryAll), 'fail')).toEqual(
      expect.arrayContaining([
        'hcompany/outcome-blocked-captcha', // captcha never loops
        'hcompany/no-answer-raise-budget', // never unchanged: raise the budget
        'skyvern/canceled', // never retry a cancel
        'webcompute/rate-limited-retry-after', // 1 s < Retry-After 2 s
        'webcompute/invalid-params-change-request', // next: change_request
        'playwright/proxy-refused', // never retry a dead proxy unchanged
      ]),
    );
    expect(graded(await resultsOf(naiveRetryAll), 'non-strict', 'fail')).toContain('problem/unavailable-backoff'); // no growth, no jitter
  }, 600_000);

  it('"never retry" fails where the seed says to retry, is non-strict where retrying is only best practice, and passes where giving up is right', async () => {
    const results = await resultsOf(naiveNeverRetry);
    expect(graded(results, 'fail')).toEqual(
      expect.arrayContaining(['hcompany/environment-error-retried', 'hcompany/no-answer-raise-budget']),
    );
    expect(graded(results, 'non-strict')).toEqual(
      expect.arrayContaining([
        'skyvern/failed-retried',
        'webcompute/rate-limited-retry-after',
        'problem/connection-refused',
        'playwright/navigation-timeout',
        'playwright/renderer-crash',
      ]),
    );
    expect(graded(results, 'pass')).toEqual(
      expect.arrayContaining(['skyvern/canceled', 'problem/idempotency-key-reused']),
    );
  }, 600_000);

  it('reports a wrong decision with the fault, the decision, the expectation, the rule and its level', async () => {
    const result = (await resultsOf(naiveRetryAll)).find((r) => r.scenario === 'webcompute/rate-limited-retry-after')!;
    const message = result.problems.join('\n');
    expect(message).toMatch(/platform\.rate_limited/);
    expect(message).toMatch(/RATE_LIMITED/);
    expect(message).toMatch(/1[ ,]?000 ms/);
    expect(message).toMatch(/2[ ,]?000 ms/);
    expect(message).toMatch(/rule retry-after, must/);
  }, 600_000);

  it('a retry whose change really cures the fault is healed: the trace says so', async () => {
    const ids = ['hcompany/browser-slow-page-raise-budget', 'playwright/proxy-resets-mid-response'];
    for (const result of (await resultsOf(reference)).filter((r) => ids.includes(r.scenario))) {
      expect(result.problems).toEqual([]);
      expect(result.trace.events.map((e) => e.type)).toContain('healed');
    }
    // Retrying unchanged never cures them: the armed fault fires every time.
    for (const result of (await resultsOf(naiveRetryAll)).filter((r) => ids.includes(r.scenario)))
      expect(result.trace.events.map((e) => e.type)).not.toContain('healed');
  }, 600_000);
});

describe('the gallery of flawed handlers: each realistic bug is caught', () => {
  const caught = new Map<string, ScenarioResult[]>();
  it.each(FLAWED_HANDLERS.map((h) => [h.name, h] as const))(
    '%s is caught by at least one scenario',
    async (name, handler) => {
      const results = (await resultsOf(handler)).filter((r) => r.grade !== 'pass');
      caught.set(name, results);
      expect(results.length).toBeGreaterThan(0);
    },
    600_000,
  );

  it('reports the kill rate: every flawed handler caught (in strict mode; most also fail outright)', () => {
    const failed = [...caught.values()].filter((results) => results.some((r) => r.grade === 'fail')).length;
    console.log(
      `flawed-handler kill rate: ${caught.size}/${FLAWED_HANDLERS.length} (strict), ${failed}/${FLAWED_HANDLERS.length} with a fail verdict`,
    );
    for (const [name, results] of caught) {
      console.log(
        `  ${name}: ${graded(results, 'fail').length} fail, ${graded(results, 'non-strict').length} non-strict, e.g. ${results
          .slice(0, 3)
          .map((r) => r.scenario)
          .join(', ')}`,
      );
    }
    expect(caught.size).toBe(FLAWED_HANDLERS.length);
  });

  it.each<[string, string[]]>([
    [
      'blind-to-next',
      [
        'webcompute/unavailable-next-abort',
        'webcompute/internal-next-change-request',
        'webcompute/forbidden-next-authenticate',
      ],
    ],
    ['blind-to-retryable', ['webcompute/internal-not-retryable', 'problem/unavailable-not-retriable']],
    ['retry-after-only-on-429-503', ['webcompute/browser-configuring-retry-after', 'problem/internal-retry-after-ms']],
    ['follows-flags-only', ['webcompute/invalid-params-silent']],
    [
      'no-cap',
      [
        'problem/outage-crossing-kinds',
        'webcompute/outage-crossing-kinds',
        'hcompany/outage-crossing-kinds',
        'skyvern/outage-crossing-kinds',
      ],
    ],
    [
      'no-jitter-at-cap',
      [
        'problem/outage-crossing-kinds',
        'webcompute/outage-crossing-kinds',
        'hcompany/outage-crossing-kinds',
        'skyvern/outage-crossing-kinds',
      ],
    ],
  ])(
    '%s: each scenario where its blind spot alone decides catches it',
    async (name, scenarios) => {
      const handler = FLAWED_HANDLERS.find((h) => h.name === name)!;
      expect(graded(await resultsOf(handler), 'fail', 'non-strict')).toEqual(expect.arrayContaining(scenarios));
    },
    600_000,
  );
});

describe('the gallery of correct handlers: never a false alarm', () => {
  it.each(CORRECT_HANDLERS.map(({ handler, mayBreak }) => [handler.name, handler, mayBreak] as const))(
    '%s: no fail, and non-strict only where it is designed to be',
    async (_name, handler, mayBreak) => {
      const results = await resultsOf(handler);
      expect(explained(results.filter((r) => r.grade === 'fail'))).toEqual([]);
      const departures = results
        .flatMap((r) => r.violations.map((v) => `${r.scenario}: ${v.rule}`))
        .filter((d) => !mayBreak.some((rule) => d.endsWith(`: ${rule}`)));
      expect(departures).toEqual([]);
    },
    600_000,
  );

  it("issue 11's bundled Webcompute SDK defaults: no fail where seed 002 calls the behaviour the default, no pass where next says not to retry blindly", async () => {
    const results = (await resultsOf(webcomputeSdkDefaults)).filter((r) => r.scenario.startsWith('webcompute/'));
    const blind = ['webcompute/internal-next-change-request', 'webcompute/unavailable-next-abort'];
    expect(graded(results, 'fail').sort()).toEqual(blind);
    expect(graded(results, 'non-strict')).toEqual(
      expect.arrayContaining([
        'webcompute/daytona-upstream',
        'webcompute/health-timeout',
        'webcompute/internal-error-repeats',
      ]),
    );
  }, 600_000);
});
