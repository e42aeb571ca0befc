import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../harness/catalogue/load.ts';
import { fleetClient } from '../../harness/handlers/clients/fleet/fleet-client.ts';
import { CORRECT_HANDLERS } from '../../harness/handlers/correct/index.ts';
import { FLAWED_FLEET_CLIENTS } from '../../harness/handlers/flawed-fleet/index.ts';
import referenceClient, { REFERENCE_CLIENT_OPTIONS } from '../../harness/handlers/reference-client.ts';
import { closeMswServer } from '../../harness/runner/client/msw-server.ts';
import { runClientScenario } from '../../harness/runner/client/run-client-scenario.ts';
import type { Scenario } from '../../harness/scenario/define.ts';

// In-process, on virtual time: a fleet with a 10-minute outage takes well under a second.
let fleets: Scenario[];
beforeAll(async () => {
  fleets = (await loadCatalogue()).filter((s) => s.tasks > 1);
}, 60_000);
afterAll(() => closeMswServer());

const byId = (id: string) => fleets.find((s) => s.id === id)!;

describe('fleet scenarios', () => {
  it('at least 10 exist, and the reference client passes every one', async () => {
    expect(fleets.length).toBeGreaterThanOrEqual(10);
    const failed: string[] = [];
    for (const scenario of fleets) {
      const result = await runClientScenario(scenario, {
        client: referenceClient,
        seed: 20261130,
        realLimitMs: 60_000,
      });
      if (result.grade !== 'pass') failed.push(`${scenario.id}: ${result.problems.join(' | ')}`);
    }
    expect(failed).toEqual([]);
  }, 300_000);

  const caught = new Set<string>();
  afterAll(() => console.log(`flawed fleet clients caught: ${caught.size}/${FLAWED_FLEET_CLIENTS.length}`));

  it.each<[string, string, RegExp]>([
    [
      'fleet-no-breaker',
      'problem/fleet-outage-10-minutes',
      /fleet-outage-bound \(must\): \d+ requests were sent during the 600 s outage/,
    ],
    ['fleet-no-breaker', 'problem/fleet-outage-mid-run', /fleet-breaker \(should\): after 10 failures in a row/],
    [
      'fleet-lockstep-retries',
      'problem/fleet-conflict-wave',
      /fleet-retry-spread \(should\): the retries of [5-8] of 8 tasks landed within 100 ms/,
    ],
    [
      'fleet-lockstep-retries',
      'problem/fleet-recovery-herd',
      /fleet-retry-spread \(should\): the retries of [5-8] of 8 tasks landed within 100 ms/,
    ],
    [
      'fleet-unbounded-concurrency',
      'problem/fleet-concurrency-limit',
      /fleet-concurrency \(should\): after the first concurrency refusal .* past the announced limit of 5/,
    ],
    [
      'fleet-drops-tasks',
      'problem/fleet-some-tasks-forbidden',
      /fleet-every-task-ends \(must\): 3 of 12 tasks have no result \(lost\)/,
    ],
  ])(
    '%s is caught by %s',
    async (name, id, message) => {
      const client = FLAWED_FLEET_CLIENTS.find((c) => c.name === name)!;
      const result = await runClientScenario(byId(id), { client, seed: 20261130, realLimitMs: 60_000 });
      expect(result.grade).not.toBe('pass');
      expect(result.problems.join('\n')).toMatch(message);
      caught.add(name);
    },
    60_000,
  );

  it('the correct policies, run as fleets with the reference breaker and limiter, raise no false alarm', async () => {
    const alarms: string[] = [];
    for (const { handler, mayBreak } of CORRECT_HANDLERS) {
      const client = fleetClient({ ...REFERENCE_CLIENT_OPTIONS, name: `fleet-${handler.name}`, policy: handler });
      for (const scenario of fleets) {
        const result = await runClientScenario(scenario, { client, seed: 20261130, realLimitMs: 60_000 });
        const unexpected = result.violations.filter((v) => !mayBreak.includes(v.rule));
        if (result.grade === 'fail' || unexpected.length)
          alarms.push(`${client.name} on ${scenario.id}: ${result.problems.join(' | ')}`);
      }
    }
    expect(alarms).toEqual([]);
  }, 300_000);
});
