import { describe, expect, it } from 'vitest';
import { compareReports } from '../../harness/report/compare.ts';
import { describeReportDecision, sortEntries, type ReportEntry } from '../../harness/report/entry.ts';
import { conformanceHtml } from '../../harness/report/html.ts';
import { conformanceJson } from '../../harness/report/json.ts';
import { conformanceMarkdown } from '../../harness/report/markdown.ts';
import { decision, entry } from './entries.ts';

const entries = [
  entry('hcompany/b', 'naive', 'fail', {
    broken: [{ rule: 'retry-after', level: 'must', attempt: 1 }],
    problems: ['attempt 1: expected retry after ≥ 2,000 ms (rule retry-after)'],
  }),
  entry('hcompany/a', 'reference', 'pass'),
  entry('hcompany/b', 'reference', 'non-strict', {
    broken: [{ rule: 'backoff-jitter', level: 'should', attempt: 1 }],
    problems: ['attempt 1: no jitter (rule backoff-jitter)'],
  }),
  entry('hcompany/a', 'naive', 'skipped', { problems: ['no client mode'], decisions: [], seed: null }),
];
const dataOf = (html: string) =>
  JSON.parse(html.match(/<script type="application\/json" id="data">(.*?)<\/script>/s)![1]!);

describe('conformance reports', () => {
  it("json: sorted by scenario then handler, each handler's score overall and per layer, the seed, no wall-clock figures", () => {
    const report = JSON.parse(conformanceJson(entries, 42));
    expect(report.seed).toBe(42);
    expect(report.entries.map((e: ReportEntry) => `${e.scenario}/${e.handler}`)).toEqual([
      'hcompany/a/naive',
      'hcompany/a/reference',
      'hcompany/b/naive',
      'hcompany/b/reference',
    ]);
    expect(report.summary.naive.overall).toEqual({ pass: 0, 'non-strict': 0, fail: 1, skipped: 1 });
    expect(report.summary.reference.overall).toEqual({ pass: 1, 'non-strict': 1, fail: 0, skipped: 0 });
    expect(report.summary.reference.layers.platform).toEqual({ pass: 1, 'non-strict': 1, fail: 0, skipped: 0 });
    expect(report.entries[2].broken).toEqual([{ rule: 'retry-after', level: 'must', attempt: 1 }]);
    expect(conformanceJson([...entries].reverse(), 42)).toBe(conformanceJson(entries, 42));
    expect(JSON.stringify(report)).not.toMatch(/duration|startTime/);
    expect(JSON.parse(conformanceJson(entries, null)).seed).toBeNull();
  });

  it("sorts by code units, not by the machine's locale", () => {
    const sorted = sortEntries([
      entry('b', 'h', 'pass'),
      entry('B', 'h', 'pass'),
      entry('a-z', 'h', 'pass'),
      entry('a/b', 'h', 'pass'),
    ]);
    expect(sorted.map((e) => e.scenario)).toEqual(['B', 'a-z', 'a/b', 'b']);
  });

  it('describes a decision with its virtual time and the wait the provider asked for', () => {
    expect(
      describeReportDecision(
        decision(2, 2_000, { kind: 'browser.crashed', delayMs: 4_000, changes: ['fresh_browser'] }),
      ),
    ).toBe('+2,000 ms  #2 browser.crashed → retry after 4,000 ms with fresh_browser');
    expect(describeReportDecision(decision(1, 0, { delayMs: 1_000, askedMs: 30_000 }))).toBe(
      '+0 ms  #1 platform.rate_limited → retry after 1,000 ms (asked 30,000 ms)',
    );
    expect(describeReportDecision(decision(1, 0, { kind: 'agent.captcha', action: 'escalate', to: 'human' }))).toBe(
      '+0 ms  #1 agent.captcha → escalate to human',
    );
    expect(describeReportDecision(decision(3, 5_100, { kind: null, action: 'accept' }))).toBe(
      '+5,100 ms  #3 success → accept',
    );
  });

  it('markdown: scores first (overall and per layer), then the rules broken most, the matrix with three grades, failures and non-strict verdicts', () => {
    const md = conformanceMarkdown(entries, 42);
    expect(md).toContain('Seed 42 · 2 handler(s) · 4 scenario × handler results');
    expect(md).toContain('| handler | ✅ | ⚠️ | ❌ | · | transport | platform | browser | agent | answer |');
    expect(md).toContain('| naive | 0 | 0 | 1 | 1 | 0 · 0 · 0 | 0 · 0 · 1 | 0 · 0 · 0 | 0 · 0 · 0 | 0 · 0 · 0 |');
    expect(md).toContain('| reference | 1 | 1 | 0 | 0 | 0 · 0 · 0 | 1 · 1 · 0 | 0 · 0 · 0 | 0 · 0 · 0 | 0 · 0 · 0 |');
    expect(md.indexOf('## Scores')).toBeLessThan(md.indexOf('## Scenarios'));
    expect(md).toMatch(
      /## Rules broken most\n\n\*\*naive\*\*\n\n- retry-after \(must\): 1 scenario: hcompany\/b\n\n\*\*reference\*\*\n\n- backoff-jitter \(should\): 1 scenario: hcompany\/b\n/,
    );
    expect(md).toContain('| scenario | naive | reference |');
    expect(md).toContain('| hcompany/a | · | ✅ |');
    expect(md).toContain('| hcompany/b | ❌ | ⚠️ |');
    expect(md).toMatch(
      /## Failures\n\n### hcompany\/b × naive\n\n- attempt 1: expected retry after ≥ 2,000 ms \(rule retry-after\)\n/,
    );
    expect(md).toMatch(
      /## Non-strict \(only should-level rules broken\)\n\n### hcompany\/b × reference\n\n- attempt 1: no jitter \(rule backoff-jitter\)\n/,
    );
    expect(md).not.toContain('Since the previous report');
  });

  it('markdown: what changed since a previous report', () => {
    const previous = [entry('hcompany/b', 'naive', 'pass'), entry('hcompany/a', 'reference', 'fail')];
    const md = conformanceMarkdown(entries, 42, compareReports(previous, entries));
    expect(md).toMatch(
      /## Since the previous report\n\n- \*\*worse\*\* · naive · hcompany\/b: pass → fail \(retry-after \(must\)\)\n- better · reference · hcompany\/a: fail → pass\n- added · reference · hcompany\/b: absent → non-strict \(backoff-jitter \(should\)\)\n/,
    );
    expect(conformanceMarkdown(entries, 42, compareReports(entries, entries))).toContain(
      '## Since the previous report\n\nNo scenario × handler changed its verdict.',
    );
  });

  it("markdown: non-strict verdicts get ⚠️ and their own section, with each broken rule's level", () => {
    const lenient = entry('hcompany/c', 'conservative', 'non-strict', {
      broken: [{ rule: 'early-give-up', level: 'should', attempt: 2 }],
      problems: ['attempt 2: … (rule early-give-up, should: …)'],
    });
    const md = conformanceMarkdown([...entries, lenient], 42);
    expect(md).toContain('| conservative | 0 | 1 | 0 | 0 |');
    expect(md).toContain('| hcompany/c | ⚠️ |  |  |');
    expect(md).toContain('- early-give-up (should): 1 scenario: hcompany/c');
    expect(md).toMatch(
      /## Non-strict \(only should-level rules broken\)\n\n[\s\S]*### hcompany\/c × conservative\n\n- attempt 2: /,
    );
    expect(md.indexOf('## Failures')).toBeLessThan(md.indexOf('## Non-strict'));
  });

  it('markdown: data cannot break the table or open an HTML tag', () => {
    const md = conformanceMarkdown(
      [entry('x/<b>a|b</b>', 'ref', 'fail', { problems: ['line one\nline two <img src=x>'] })],
      null,
    );
    expect(md).toContain('| x/&lt;b&gt;a\\|b&lt;/b&gt; | ❌ |');
    expect(md).toContain('- line one line two &lt;img src=x&gt;');
    expect(md).not.toMatch(/<(b|img)/);
    expect(md).toContain('Seed (none)');
  });

  it('html: self-contained, and no scenario text can break out of the data', () => {
    const html = conformanceHtml(
      [
        entry('x/<script>alert(1)</script>', 'reference', 'pass', {
          problems: ['</script><img src=x onerror=alert(1)>'],
        }),
      ],
      42,
    );
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('\\u003cscript>alert(1)\\u003c/script>');
    expect(html.match(/<\/script>/g)).toHaveLength(2); // the data block's and the behaviour's, nothing from the data
    // The SVG namespace is a name, never fetched; nothing else may point outside the page.
    expect(html.replaceAll("'http://www.w3.org/2000/svg'", '')).not.toMatch(
      /src=["']?http|href=|https?:\/\/|<link|@import/,
    );
    expect(html).toContain('Seed 42');
  });

  it('html: the data block carries the scores, the rules broken most, the comparison and each entry with its decision lines and timeline', () => {
    const data = dataOf(conformanceHtml(entries, 42, compareReports([entry('hcompany/b', 'naive', 'pass')], entries)));
    expect(data.handlers).toEqual(['naive', 'reference']);
    expect(data.layers).toEqual(['transport', 'platform', 'browser', 'agent', 'answer']);
    expect(data.scores.reference.overall).toEqual({ pass: 1, 'non-strict': 1, fail: 0, skipped: 0 });
    expect(data.rules.naive).toEqual([{ rule: 'retry-after', level: 'must', scenarios: ['hcompany/b'] }]);
    expect(data.comparison.worse).toEqual([
      { scenario: 'hcompany/b', handler: 'naive', before: 'pass', after: 'fail', rules: ['retry-after (must)'] },
    ]);
    expect(data.entries[0]).toMatchObject({ scenario: 'hcompany/a', handler: 'naive', verdict: 'skipped', lines: [] });
    expect(data.entries[2].lines).toEqual([
      '+0 ms  #1 platform.rate_limited → retry after 2,000 ms',
      '+2,000 ms  #2 success → accept',
    ]);
    expect(data.entries[2].timeline.rows.map((r: { tone: string }) => r.tone)).toEqual(['must', 'success']);
    expect(dataOf(conformanceHtml(entries, 42)).comparison).toBeNull();
  });
});
