import { describe, expect, it } from 'vitest';
import { describeReportDecision, sortEntries, type ReportEntry } from '../../harness/report/entry.ts';
import { conformanceHtml } from '../../harness/report/html.ts';
import { conformanceJson } from '../../harness/report/json.ts';
import { conformanceMarkdown } from '../../harness/report/markdown.ts';

const entry = (scenario: string, handler: string, verdict: ReportEntry['verdict'], extra: Partial<ReportEntry> = {}): ReportEntry => ({
  scenario, handler, provider: 'hcompany', kinds: ['platform.rate_limited'], verdict, rules: [], problems: [], seed: 1,
  decisions: [{ attempt: 1, atMs: 0, kind: 'platform.rate_limited', action: 'retry', delayMs: 2_000, changes: [] }, { attempt: 2, atMs: 2_000, kind: null, action: 'accept' }],
  ...extra,
});
const entries = [
  entry('hcompany/b', 'naive', 'fail', { problems: ['attempt 1: expected retry after ≥ 2,000 ms (rule retry-after)'] }),
  entry('hcompany/a', 'reference', 'pass'),
  entry('hcompany/b', 'reference', 'pass'),
  entry('hcompany/a', 'naive', 'skipped', { problems: ['no client mode'], decisions: [], seed: null }),
];

describe('conformance reports', () => {
  it('json: sorted by scenario then handler, counts per handler, the seed, no wall-clock figures', () => {
    const report = JSON.parse(conformanceJson(entries, 42));
    expect(report.seed).toBe(42);
    expect(report.entries.map((e: ReportEntry) => `${e.scenario}/${e.handler}`)).toEqual(['hcompany/a/naive', 'hcompany/a/reference', 'hcompany/b/naive', 'hcompany/b/reference']);
    expect(report.summary).toEqual({ naive: { pass: 0, 'non-strict': 0, fail: 1, skipped: 1 }, reference: { pass: 2, 'non-strict': 0, fail: 0, skipped: 0 } });
    expect(conformanceJson([...entries].reverse(), 42)).toBe(conformanceJson(entries, 42));
    expect(JSON.stringify(report)).not.toMatch(/duration|startTime/);
    expect(JSON.parse(conformanceJson(entries, null)).seed).toBeNull();
  });

  it('sorts by code units, not by the machine\'s locale', () => {
    const sorted = sortEntries([entry('b', 'h', 'pass'), entry('B', 'h', 'pass'), entry('a-z', 'h', 'pass'), entry('a/b', 'h', 'pass')]);
    expect(sorted.map((e) => e.scenario)).toEqual(['B', 'a-z', 'a/b', 'b']);
  });

  it('describes a decision with its virtual time', () => {
    expect(describeReportDecision({ attempt: 2, atMs: 2_000, kind: 'browser.crashed', action: 'retry', delayMs: 4_000, changes: ['fresh_browser'] }))
      .toBe('+2,000 ms  #2 browser.crashed → retry after 4,000 ms with fresh_browser');
    expect(describeReportDecision({ attempt: 1, atMs: 0, kind: 'agent.captcha', action: 'escalate', to: 'human' })).toBe('+0 ms  #1 agent.captcha → escalate to human');
    expect(describeReportDecision({ attempt: 3, atMs: 5_100, kind: null, action: 'accept' })).toBe('+5,100 ms  #3 success → accept');
  });

  it('markdown: a matrix of scenarios × handlers, then each failure with its broken rules', () => {
    const md = conformanceMarkdown(entries, 42);
    expect(md).toContain('Seed 42 · **naive**: 0 pass, 0 non-strict, 1 fail, 1 skipped · **reference**: 2 pass, 0 non-strict, 0 fail, 0 skipped');
    expect(md).toContain('| scenario | naive | reference |');
    expect(md).toContain('| hcompany/a | · | ✅ |');
    expect(md).toContain('| hcompany/b | ❌ | ✅ |');
    expect(md).toMatch(/## Failures\n\n### hcompany\/b × naive\n\n- attempt 1: expected retry after ≥ 2,000 ms \(rule retry-after\)\n/);
    expect(md).not.toContain('### hcompany/b × reference');
  });

  it('markdown: non-strict verdicts get ⚠️ and their own section, with each broken rule\'s level', () => {
    const lenient = entry('hcompany/c', 'conservative', 'non-strict', { rules: [{ rule: 'early-give-up', level: 'should' }], problems: ['attempt 2: … (rule early-give-up, should: …)'] });
    const md = conformanceMarkdown([...entries, lenient], 42);
    expect(md).toContain('**conservative**: 0 pass, 1 non-strict, 0 fail, 0 skipped');
    expect(md).toContain('| hcompany/c | ⚠️ |  |  |');
    expect(md).toMatch(/## Non-strict \(only should-level rules broken\)\n\n### hcompany\/c × conservative\n\nBroken rules: early-give-up \(should\)\n\n- attempt 2: /);
    expect(md.indexOf('## Failures')).toBeLessThan(md.indexOf('## Non-strict'));
  });

  it('markdown: data cannot break the table or open an HTML tag', () => {
    const md = conformanceMarkdown([entry('x/<b>a|b</b>', 'ref', 'fail', { problems: ['line one\nline two <img src=x>'] })], null);
    expect(md).toContain('| x/&lt;b&gt;a\\|b&lt;/b&gt; | ❌ |');
    expect(md).toContain('- line one line two &lt;img src=x&gt;');
    expect(md).not.toMatch(/<(b|img)/);
    expect(md).toContain('Seed (none)');
  });

  it('html: self-contained, and no scenario text can break out of the data', () => {
    const html = conformanceHtml([entry('x/<script>alert(1)</script>', 'reference', 'pass', { problems: ['</script><img src=x onerror=alert(1)>'] })], 42);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('\\u003cscript>alert(1)\\u003c/script>');
    expect(html.match(/<\/script>/g)).toHaveLength(2); // the data block's and the behaviour's, nothing from the data
    expect(html).not.toMatch(/src=["']?http|href=|https?:\/\/|<link|@import/);
    expect(html).toContain('Seed 42');
  });

  it('html: the data block carries each entry with its decision lines', () => {
    const html = conformanceHtml(entries, 42);
    const data = JSON.parse(html.match(/<script type="application\/json" id="data">(.*?)<\/script>/s)![1]!);
    expect(data.handlers).toEqual(['naive', 'reference']);
    expect(data.entries[0]).toMatchObject({ scenario: 'hcompany/a', handler: 'naive', verdict: 'skipped', lines: [] });
    expect(data.entries[2].lines).toEqual(['+0 ms  #1 platform.rate_limited → retry after 2,000 ms', '+2,000 ms  #2 success → accept']);
  });
});
