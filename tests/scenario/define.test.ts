import { describe, expect, it } from 'vitest';
import { listing } from '../../harness/catalogue/listing.ts';
import { fleetTasks, taskIndexOf } from '../../harness/scenario/fleet.ts';
import { defineScenario, scenarioModes } from '../../harness/scenario/define.ts';
import { ScenarioLoadError } from '../../harness/scenario/errors.ts';
import type { RawScenarioInput, StepInput } from '../../harness/scenario/spec.ts';

const FILE = 'scenarios/test/example.scenario.ts';
const GOOD: RawScenarioInput = {
  title: 'An internal error once, then success',
  sources: ['hcompany:error_code:internal'],
  schedule: [{ fault: 'hcompany.session', with: { status: 'failed', error_code: 'internal' } }],
  expect: { end: ['accept'], kinds: ['platform.internal'] },
};

function loadError(id: string, spec: unknown): string {
  try {
    defineScenario(id, spec, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioLoadError);
    return (error as Error).message;
  }
  throw new Error('expected a ScenarioLoadError');
}

describe('defineScenario', () => {
  it('resolves a good spec: faults, defaults, browser flag, task', () => {
    const scenario = defineScenario('hcompany/internal-once', GOOD, FILE);
    expect(scenario.steps[0]!.fault.id).toBe('hcompany.session');
    expect(scenario.steps[0]!.params).toMatchObject({ status: 'failed', error_code: 'internal', outcome: null });
    expect(scenario.steps[0]!.times).toBe(1);
    expect(scenario.browser).toBe(false);
    expect(scenario.task).toMatchObject({
      id: 'hcompany/internal-once',
      provider: 'hcompany',
      budget: { maxSteps: 25 },
    });
  });

  it('marks playwright scenarios and browser faults as browser scenarios', () => {
    const spec: RawScenarioInput = {
      ...GOOD,
      schedule: [{ fault: 'browser.crash' }],
      expect: { end: ['accept'], kinds: ['browser.crashed'] },
    };
    expect(defineScenario('playwright/crash', spec, FILE).browser).toBe(true);
  });

  it.each<[string, string, unknown, RegExp[]]>([
    [
      'unknown fault',
      'hcompany/x',
      { ...GOOD, schedule: [{ fault: 'hcompany.nope' }] },
      [/schedule\[0\]\.fault: unknown fault "hcompany\.nope"; expected one of: .*hcompany\.session/],
    ],
    ['missing expectation', 'hcompany/x', { ...GOOD, expect: undefined }, [/expect: .*expected object/i]],
    [
      'wrong type in fault params',
      'hcompany/x',
      { ...GOOD, schedule: [{ fault: 'hcompany.session', with: { status: 7 } }] },
      [/schedule\[0\]\.with\.status: .*expected string/i],
    ],
    [
      'fault of another provider',
      'hcompany/x',
      { ...GOOD, schedule: [{ fault: 'skyvern.run', with: { status: 'failed' } }] },
      [/schedule\[0\]\.fault: fault "skyvern\.run" is for skyvern, not for provider "hcompany"/],
    ],
    [
      'unknown provider in the id',
      'acme/x',
      GOOD,
      [/id: the first word names the provider; expected one of: hcompany, skyvern/],
    ],
    [
      'a provider field (the id says it)',
      'hcompany/x',
      { ...GOOD, provider: 'hcompany' },
      [/Unrecognized key: "provider"/],
    ],
    [
      'unknown kind',
      'hcompany/x',
      { ...GOOD, expect: { end: ['accept'], kinds: ['platform.nope'] } },
      [/expect\.kinds\[0\]/],
    ],
    [
      'bad source id',
      'hcompany/x',
      { ...GOOD, sources: ['error_code no_answer'] },
      [/sources\[0\]: expected a seed row id/],
    ],
    ['empty schedule', 'hcompany/x', { ...GOOD, schedule: [] }, [/schedule: arm at least one fault/]],
    [
      'zero times',
      'hcompany/x',
      { ...GOOD, schedule: [{ fault: 'network.refused', times: 0 }] },
      [/schedule\[0\]\.times/],
    ],
    ['unknown top-level field', 'hcompany/x', { ...GOOD, expected: {} }, [/expected/]],
    ['bad id', 'Hcompany Internal', GOOD, [/id: expected "<provider>\/<name>"/]],
    [
      'a page the fixture site does not have',
      'skyvern/x',
      { ...GOOD, schedule: [{ fault: 'site.page', with: { page: '/paywall' } }] },
      [/schedule\[0\]\.with\.page: unknown fixture page "\/paywall"; the site has: .*\/captcha/],
    ],
    [
      'a proxy toxic that does not exist',
      'skyvern/x',
      { ...GOOD, schedule: [{ fault: 'proxy.toxic', with: { toxic: 'explode' } }] },
      [/schedule\[0\]\.with\.toxic: .*refuse/],
    ],
    [
      'an HTTP fault in a cli scenario',
      'cli/x',
      { ...GOOD, schedule: [{ fault: 'http.response', with: { status: 500, body: '' } }] },
      [
        /schedule\[0\]\.fault: fault "http\.response" is for hcompany, skyvern, webcompute, problem, not for provider "cli"/,
      ],
    ],
    [
      'a browser fault in a cli scenario (the tool drives none)',
      'cli/x',
      { ...GOOD, schedule: [{ fault: 'browser.crash' }] },
      [/fault "browser\.crash" is for .*playwright, not for provider "cli"/],
    ],
    [
      'an exit status out of range',
      'cli/x',
      { ...GOOD, schedule: [{ fault: 'cli.error', with: { exit: 0 } }] },
      [/schedule\[0\]\.with\.exit: .*>=1/],
    ],
    [
      'a signal the tool cannot receive',
      'cli/x',
      { ...GOOD, schedule: [{ fault: 'cli.signal', with: { signal: 'SIGSTOP' } }] },
      [/schedule\[0\]\.with\.signal: .*"SIGINT"/],
    ],
    [
      'bad toxic parameters',
      'skyvern/x',
      { ...GOOD, schedule: [{ fault: 'proxy.toxic', with: { toxic: 'latency', ms: 'slow' } }] },
      [/schedule\[0\]\.with\.ms: toxic latency: .*expected number/],
    ],
  ])('%s: names the file, the field and what was expected', (_name, id, spec, patterns) => {
    const message = loadError(id, spec);
    expect(message).toContain(FILE);
    for (const pattern of patterns) expect(message).toMatch(pattern);
  });
});

describe('the typed scenario language knows the cli provider', () => {
  it('accepts only cli faults in a cli scenario, checked by tsc', () => {
    const steps: Array<StepInput<'cli'>> = [
      { fault: 'cli.error', with: { exit: 75, code: 'rate_limited', retry_after_ms: 1500 } },
      { fault: 'cli.output', with: { exit: 1, stderr: 'oops' } },
      { fault: 'cli.signal', with: { signal: 'SIGINT' } },
      // @ts-expect-error: http.response answers over HTTP; the cli tool answers as a process.
      { fault: 'http.response', with: { status: 500, body: '' } },
      // @ts-expect-error: the exit status is a number.
      { fault: 'cli.error', with: { exit: '75' } },
    ];
    expect(steps).toHaveLength(5);
  });
});

const FLEET_FILE = 'scenarios/problem/fleet-example.scenario.ts';
const FLEET: RawScenarioInput = {
  title: '20 tasks meet a 1-minute outage',
  schedule: [],
  fleet: { tasks: 20, platform: [{ fault: 'platform.outage', with: { forS: 60 } }] },
  expect: { end: ['accept'], kinds: ['platform.unavailable'] },
};

describe('fleet scenarios', () => {
  it('declare their number of tasks and platform-wide faults; they run in client mode only', () => {
    const scenario = defineScenario('problem/fleet-example', FLEET, FLEET_FILE);
    expect(scenario.tasks).toBe(20);
    expect(scenario.platform.map((p) => [p.fault.id, p.params])).toEqual([['platform.outage', { fromS: 0, forS: 60 }]]);
    expect(scenarioModes(scenario)).toEqual(['client']);
    expect(listing([scenario])[0]).toMatchObject({ id: 'problem/fleet-example', tasks: 20, modes: ['client'] });
  });

  it('a single-task scenario lists 1 task', () => {
    const single = defineScenario(
      'problem/internal-once',
      {
        title: 'internal once',
        schedule: [{ fault: 'network.reset' }],
        expect: { end: ['accept'], kinds: ['transport.connection_reset'] },
      },
      'scenarios/problem/internal-once.scenario.ts',
    );
    expect(listing([single])[0]).toMatchObject({ tasks: 1, modes: ['policy', 'client'] });
  });

  it.each<[string, unknown, RegExp]>([
    [
      'no fault at all',
      { ...FLEET, fleet: { tasks: 20, platform: [] } },
      /schedule: arm at least one fault \(a schedule step, or a platform-wide fault of a fleet\)/,
    ],
    ['one task', { ...FLEET, fleet: { ...FLEET.fleet, tasks: 1 } }, /fleet\.tasks: .*>=2/],
    [
      'unknown platform fault',
      { ...FLEET, fleet: { tasks: 5, platform: [{ fault: 'platform.down' }] } },
      /fleet\.platform\[0\]\.fault: unknown platform-wide fault "platform\.down"; expected one of: platform\.outage, platform\.rate-limit, platform\.concurrency-limit, platform\.slow/,
    ],
    [
      'bad parameter',
      { ...FLEET, fleet: { tasks: 5, platform: [{ fault: 'platform.concurrency-limit', with: { limit: 0 } }] } },
      /fleet\.platform\[0\]\.with\.limit: /,
    ],
  ])('refuses a fleet with %s, naming the field', (_name, spec, message) => {
    expect(loadError('problem/fleet-example', spec)).toMatch(message);
  });

  it('refuses a platform-wide fault the provider cannot answer', () => {
    expect(loadError('hcompany/fleet-example', FLEET)).toMatch(
      /fleet\.platform\[0\]\.fault: platform-wide fault "platform\.outage" is for problem, not for provider "hcompany"/,
    );
  });

  it('gives each task its own id and a prompt that names it, read back from the traffic', () => {
    const tasks = fleetTasks(defineScenario('problem/fleet-example', FLEET, FLEET_FILE));
    expect(tasks).toHaveLength(20);
    expect(tasks[2]).toMatchObject({
      id: 'problem/fleet-example#3',
      prompt: expect.stringMatching(/\(fleet task 3 of 20\)$/),
    });
    expect(taskIndexOf(tasks[2]!.prompt)).toBe(2);
    expect(taskIndexOf(`${tasks[2]!.prompt} (only the requested field)`)).toBe(2);
    expect(taskIndexOf('Find the price')).toBeNull();
  });
});
