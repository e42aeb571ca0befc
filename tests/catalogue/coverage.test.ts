import { describe, expect, it } from 'vitest';
import { coverage, formatCoverage, type CoveredScenario } from '../../harness/catalogue/coverage.ts';
import { nearestRowIds, SOURCE_ROW_IDS, SOURCE_ROWS, type SourceRow } from '../../harness/catalogue/source-rows.ts';
import { SIGNALS, SYSEXITS } from '../../harness/classify/cli-codes.ts';
import { HCOMPANY_ERROR_CODES, HCOMPANY_OUTCOMES } from '../../harness/classify/hcompany.ts';
import { SKYVERN_ERROR_CODES, SKYVERN_STATUSES } from '../../harness/classify/skyvern.ts';
import {
  WEBCOMPUTE_BROWSER_CODES,
  WEBCOMPUTE_GATEWAY_CODES,
  WEBCOMPUTE_SDK_CLASSES,
} from '../../harness/classify/webcompute-codes.ts';
import { FAILURE_KINDS } from '../../harness/contract/kinds.ts';
import { defineScenario } from '../../harness/scenario/define.ts';
import { SourceIdSchema } from '../../harness/scenario/sources.ts';

const row = (id: string, exempt?: string): SourceRow => ({
  id,
  description: id,
  seed: '000_69998e62645096a6.txt',
  from: 'table',
  quote: id,
  ...(exempt ? { exempt } : {}),
});
const ROWS = [
  row('hcompany:error_code:no_answer'),
  row('hcompany:error_code:timeout'),
  row('skyvern:status:queued', 'non-terminal'),
];
const sc = (id: string, sources: string[], kinds: string[], browser = false, client = false): CoveredScenario => ({
  id,
  sources,
  kinds,
  browser,
  client,
});

describe('coverage', () => {
  const scenarios = [
    sc('hcompany/b', ['hcompany:error_code:no_answer'], ['agent.out_of_budget'], true),
    sc(
      'hcompany/a',
      ['hcompany:error_code:no_answer', 'hcompany:error_code:no_answer'],
      ['agent.out_of_budget'],
      false,
      true,
    ),
    sc('hcompany/c', ['hcompany:error_code:nope'], ['agent.timed_out']),
  ];
  const c = coverage(ROWS, scenarios);

  it('maps each row to the scenarios that cite it, sorted, each once', () => {
    expect(c.rows.map((r) => [r.row.id, r.scenarios])).toEqual([
      ['hcompany:error_code:no_answer', ['hcompany/a', 'hcompany/b']],
      ['hcompany:error_code:timeout', []],
      ['skyvern:status:queued', []],
    ]);
  });

  it('lists coverable rows no scenario cites; exempt rows apart', () => {
    expect(c.uncovered.map((r) => r.id)).toEqual(['hcompany:error_code:timeout']);
    expect(c.exempt.map((r) => r.id)).toEqual(['skyvern:status:queued']);
  });

  it('counts the scenarios of every canonical kind per mode and flags kinds with fewer than two', () => {
    expect(c.kinds).toHaveLength(FAILURE_KINDS.length);
    expect(c.kinds.find((k) => k.kind === 'agent.out_of_budget')).toEqual({
      kind: 'agent.out_of_budget',
      total: 2,
      byMode: { policy: 1, browser: 1, client: 1, fleet: 0 },
      scenarios: ['hcompany/a', 'hcompany/b'],
    });
    expect(c.thinKinds.map((k) => k.kind)).toContain('agent.timed_out');
    expect(c.thinKinds.map((k) => k.kind)).not.toContain('agent.out_of_budget');
    expect(coverage(ROWS, scenarios, 3).thinKinds.map((k) => k.kind)).toContain('agent.out_of_budget');
  });

  it('counts a fleet as client mode and as a fleet, not as a policy scenario', () => {
    const fleet = { ...sc('problem/fleet', [], ['platform.unavailable']), client: true, tasks: 50 };
    expect(coverage(ROWS, [fleet]).kinds.find((k) => k.kind === 'platform.unavailable')!.byMode).toEqual({
      policy: 0,
      browser: 0,
      client: 1,
      fleet: 1,
    });
  });

  it("counts the scenarios of every provider per mode, the id's first word deciding", () => {
    const withCli = coverage(ROWS, [...scenarios, sc('cli/exit-75', [], ['platform.unavailable'])]);
    expect(withCli.providers.find((p) => p.provider === 'hcompany')).toEqual({
      provider: 'hcompany',
      total: 3,
      byMode: { policy: 2, browser: 1, client: 1, fleet: 0 },
    });
    expect(withCli.providers.find((p) => p.provider === 'cli')).toEqual({
      provider: 'cli',
      total: 1,
      byMode: { policy: 1, browser: 0, client: 0, fleet: 0 },
    });
    expect(withCli.providers.find((p) => p.provider === 'skyvern')!.total).toBe(0);
    expect(formatCoverage(withCli).table.join('\n')).toMatch(
      /provider → scenarios[\s\S]*\n {2}cli +1 {2}\(1 \/ 0 \/ 0 \/ 0\)/,
    );
  });

  it('reports sources that name no row', () => {
    expect(c.unknownSources).toEqual([{ scenario: 'hcompany/c', source: 'hcompany:error_code:nope' }]);
  });

  it('formats the table and lists every problem; no problems when all is covered', () => {
    const { table, problems } = formatCoverage(c);
    expect(table).toContain(`  ${'hcompany:error_code:no_answer'.padEnd(29)}  hcompany/a, hcompany/b`);
    expect(table.join('\n')).toMatch(/skyvern:status:queued\s+\(exempt: non-terminal\)/);
    expect(table.join('\n')).toMatch(/agent\.out_of_budget\s+2 {2}\(1 \/ 1 \/ 1 \/ 0\)/);
    expect(table.at(-1)).toMatch(
      /^1\/2 coverable seed rows covered \(1 exempt, 3 in all\); \d+\/45 kinds with ≥ 2 scenarios$/,
    );
    expect(problems.join('\n')).toMatch(/uncovered seed rows \(1\):\n {2}hcompany:error_code:timeout/);
    expect(problems.join('\n')).toMatch(/kinds with fewer than 2 scenarios[\s\S]*agent\.timed_out {2}1/);
    expect(problems.join('\n')).toMatch(/unknown sources \(1\):\n {2}hcompany\/c: hcompany:error_code:nope/);

    const all = FAILURE_KINDS.flatMap((kind, i) => [sc(`x/${i}a`, [], [kind]), sc(`x/${i}b`, [], [kind], true)]);
    all.push(sc('x/rows', ['hcompany:error_code:no_answer', 'hcompany:error_code:timeout'], ['agent.timed_out']));
    expect(formatCoverage(coverage(ROWS, all)).problems).toEqual([]);
  });
});

describe('the seed rows', () => {
  it('have unique, well-formed ids and a description each', () => {
    expect(SOURCE_ROW_IDS.size).toBe(SOURCE_ROWS.length);
    for (const r of SOURCE_ROWS) {
      expect(SourceIdSchema.safeParse(r.id).success, r.id).toBe(true);
      expect(r.description.length, r.id).toBeGreaterThan(0);
    }
  });

  it('name every code the classifiers read from the seed tables', () => {
    const has = (table: string, codes: Iterable<string>) =>
      [...codes].filter((code) => !SOURCE_ROW_IDS.has(`${table}:${code}`));
    expect(has('hcompany:error_code', Object.keys(HCOMPANY_ERROR_CODES))).toEqual([]);
    expect(has('hcompany:outcome', [...Object.keys(HCOMPANY_OUTCOMES), 'success', 'null'])).toEqual([]);
    expect(has('skyvern:status', [...Object.keys(SKYVERN_STATUSES), 'created', 'queued', 'running'])).toEqual([]);
    expect(
      has('skyvern:error_code', Object.keys(SKYVERN_ERROR_CODES)).filter(
        (code) => !SOURCE_ROW_IDS.has(`skyvern:mapping:${code}`),
      ),
    ).toEqual([]);
    expect(
      has('webcompute:gateway', Object.keys(WEBCOMPUTE_GATEWAY_CODES)).filter(
        (code) => !SOURCE_ROW_IDS.has(`webcompute:normalized:${code}`),
      ),
    ).toEqual([]);
    expect(has('webcompute:browser_server', Object.keys(WEBCOMPUTE_BROWSER_CODES))).toEqual([]);
    expect(has('webcompute:sdk_class', [...Object.keys(WEBCOMPUTE_SDK_CLASSES), 'WebcomputeError'])).toEqual([]);
    expect(has('cli:exit', [...Object.keys(SYSEXITS), '1'])).toEqual([]);
    expect(
      has(
        'cli:signal',
        Object.values(SIGNALS).map((signal) => signal.name),
      ),
    ).toEqual([]);
  });

  it('count the seed tables in full', () => {
    const count = (prefix: string) => SOURCE_ROWS.filter((r) => r.id.startsWith(`${prefix}:`)).length;
    expect(count('webcompute:sdk_class')).toBe(14);
    expect(count('webcompute:error_field')).toBe(9);
    expect(count('webcompute:http_status')).toBe(11);
    expect(count('webcompute:gateway')).toBe(16);
    expect(count('webcompute:browser_server')).toBe(10);
    expect(count('webcompute:retry_config')).toBe(7);
    expect(count('webcompute:next')).toBe(3);
    expect(count('webcompute:execute')).toBe(6);
    expect(count('skyvern:status')).toBe(8);
    expect(count('skyvern:error_code')).toBe(7);
    expect(count('problem:field')).toBe(5);
    expect(count('problem:extension')).toBe(6);
  });

  it('exempt only the non-terminal Skyvern statuses and the criterion a run never shows', () => {
    expect(SOURCE_ROWS.filter((r) => r.exempt).map((r) => r.id)).toEqual([
      'skyvern:status:created',
      'skyvern:status:queued',
      'skyvern:status:running',
      'skyvern:validation_block:complete_criterion',
    ]);
  });
});

describe('a scenario source that names no row', () => {
  it('is refused with the nearest known ids', () => {
    const result = SourceIdSchema.safeParse('webcompute:gateway:CONCURRENCY_LIMIT');
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(
        /^unknown seed row "webcompute:gateway:CONCURRENCY_LIMIT" .*nearest known: webcompute:gateway:CONCURRENT_LIMIT, /,
      ),
    ]);
  });

  it('stops the scenario from loading, naming the file, the field and the nearest known ids', () => {
    const load = () =>
      defineScenario(
        'hcompany/x',
        {
          title: 'x',
          sources: ['hcompany:error_code:internal', 'hcompany:error_code:no_anwser'],
          schedule: [{ fault: 'hcompany.session', with: { status: 'failed', error_code: 'no_answer' } }],
          expect: { end: ['accept'], kinds: ['agent.out_of_budget'] },
        },
        'scenarios/hcompany/x.scenario.ts',
      );
    expect(load).toThrow(
      /^scenarios\/hcompany\/x\.scenario\.ts: scenario "hcompany\/x" is invalid:\n {2}sources\[1\]: unknown seed row "hcompany:error_code:no_anwser" .*nearest known: hcompany:error_code:no_answer, /,
    );
  });

  it('a malformed id gets only the shape message', () => {
    const result = SourceIdSchema.safeParse('error_code no_answer');
    expect(result.error!.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^expected a seed row id/)]);
  });

  it('nearestRowIds ranks by edit distance', () => {
    expect(nearestRowIds('hcompany:error_code:no_anwser', 1)).toEqual(['hcompany:error_code:no_answer']);
    expect(nearestRowIds('skyvern:status:cancelled', 2)[0]).toBe('skyvern:status:canceled');
  });
});
