import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareReports, formatComparison } from '../../harness/report/compare.ts';
import { InputError } from '../../harness/input-error.ts';
import { conformanceJson } from '../../harness/report/json.ts';
import { readConformanceReport } from '../../harness/report/read-report.ts';
import { entry } from './entries.ts';

const scratch = mkdtempSync(join(tmpdir(), 'faultline-compare-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const mustBreak = [{ rule: 'retry-after', level: 'must' as const, attempt: 1 }];
const before = [
  entry('a', 'h', 'pass'),
  entry('b', 'h', 'fail', { broken: mustBreak }),
  entry('c', 'h', 'non-strict'),
  entry('d', 'h', 'pass'),
  entry('e', 'h', 'skipped'),
  entry('f', 'h', 'pass'),
  entry('a', 'g', 'pass'),
];
const after = [
  entry('a', 'h', 'fail', { broken: mustBreak }),
  entry('b', 'h', 'pass'),
  entry('c', 'h', 'fail', { broken: mustBreak }),
  entry('d', 'h', 'pass'),
  entry('e', 'h', 'non-strict'),
  entry('f', 'h', 'skipped'),
  entry('a', 'g', 'non-strict'),
  entry('n', 'g', 'pass'),
];

describe('comparing two reports', () => {
  it('worse and better among scenarios that ran in both (pass < non-strict < fail); added and removed otherwise', () => {
    const c = compareReports(before, after);
    expect(c.worse.map((x) => `${x.handler} ${x.scenario} ${x.before}→${x.after}`)).toEqual([
      'g a pass→non-strict',
      'h a pass→fail',
      'h c non-strict→fail',
    ]);
    expect(c.worse[1]!.rules).toEqual(['retry-after (must)']);
    expect(c.better.map((x) => `${x.handler} ${x.scenario}`)).toEqual(['h b']);
    expect(c.added.map((x) => `${x.handler} ${x.scenario} ${x.before}→${x.after}`)).toEqual([
      'g n null→pass',
      'h e skipped→non-strict',
    ]);
    expect(c.removed.map((x) => `${x.handler} ${x.scenario} ${x.before}→${x.after}`)).toEqual(['h f pass→skipped']);
    expect(compareReports(after, after)).toEqual({ worse: [], better: [], added: [], removed: [] });
  });

  it('says per handler what changed, in words', () => {
    expect(formatComparison(compareReports(before, after))).toBe(
      [
        'g: 1 worse, 0 better, 1 added, 0 removed',
        '  worse    a: pass → non-strict',
        '  added    n: absent → pass',
        'h: 2 worse, 1 better, 1 added, 1 removed',
        '  worse    a: pass → fail (retry-after (must))',
        '  worse    c: non-strict → fail (retry-after (must))',
        '  better   b: fail → pass',
        '  added    e: skipped → non-strict',
        '  removed  f: pass → skipped',
      ].join('\n'),
    );
    expect(formatComparison(compareReports(before, before))).toBe('No scenario × handler changed its verdict.');
  });
});

describe('reading a conformance.json back', () => {
  it('reads what conformanceJson wrote', () => {
    const path = join(scratch, 'conformance.json');
    writeFileSync(path, conformanceJson(after, 7));
    const report = readConformanceReport(path);
    expect(report.seed).toBe(7);
    expect(report.entries).toHaveLength(after.length);
    expect(report.entries.find((e) => e.scenario === 'a' && e.handler === 'h')).toEqual(after[0]);
  });

  it('names the file and what is wrong: missing, not JSON, not a conformance report (each bad field and what was expected)', () => {
    const bad = (name: string, text: string) => {
      const path = join(scratch, name);
      writeFileSync(path, text);
      return path;
    };
    expect(() => readConformanceReport(join(scratch, 'missing.json'))).toThrow(
      /missing\.json: cannot read the conformance report \(ENOENT\)/,
    );
    expect(() => readConformanceReport(bad('garbage.json', '{"seed": 1, "entr'))).toThrow(
      /garbage\.json: not a conformance report: not JSON/,
    );
    const old = bad(
      'old.json',
      JSON.stringify({ seed: 1, summary: {}, entries: [{ ...after[0], verdict: 'passed' }] }),
    );
    expect(() => readConformanceReport(old)).toThrow(
      /old\.json: not a conformance report:\n {2}entries\[0\]\.verdict: Invalid option: expected one of "pass"\|"non-strict"\|"fail"\|"skipped"/,
    );
    expect(() => readConformanceReport(bad('array.json', '[]'))).toThrow(InputError);
  });
});
