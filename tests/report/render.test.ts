import { describe, expect, it } from 'vitest';
import type { ReportEntry } from '../../harness/report/entry.ts';
import { conformanceHtml } from '../../harness/report/html.ts';
import { conformanceJson } from '../../harness/report/json.ts';
import { conformanceMarkdown } from '../../harness/report/markdown.ts';

const entry = (scenario: string, handler: string, verdict: ReportEntry['verdict'], extra: Partial<ReportEntry> = {}): ReportEntry => ({
  scenario, handler, provider: 'hcompany', kinds: ['platform.rate_limited'], verdict, problems: [], seed: 1,
  decisions: [{ attempt: 1, atMs: 0, kind: 'platform.rate_limited', action: 'retry', delayMs: 2_000, changes: [] }, { attempt: 2, atMs: 2_000, kind: null, action: 'accept' }],
  ...extra,
});
const entries = [
  entry('hcompany/b', 'naive', 'failed', { problems: ['attempt 1: expected retry after ≥ 2,000 ms (rule retry-after)'] }),
  entry('hcompany/a', 'reference', 'passed'),
  entry('hcompany/b', 'reference', 'passed'),
  entry('hcompany/a', 'naive', 'skipped', { problems: ['no client mode'], decisions: [], seed: null }),
];

describe('conformance reports', () => {
  it('json: sorted by scenario then handler, counts per handler, the seed, no wall-clock figures', () => {
    const report = JSON.parse(conformanceJson(entries, '42'));
    expect(report.seed).toBe(42);
    expect(report.entries.map((e: ReportEntry) => `${e.scenario}/${e.handler}`)).toEqual(['hcompany/a/naive', 'hcompany/a/reference', 'hcompany/b/naive', 'hcompany/b/reference']);
    expect(report.summary).toEqual({ naive: { passed: 0, failed: 1, skipped: 1 }, reference: { passed: 2, failed: 0, skipped: 0 } });
    expect(conformanceJson([...entries].reverse(), '42')).toBe(conformanceJson(entries, '42'));
    expect(JSON.stringify(report)).not.toMatch(/duration|startTime/);
  });

  it('markdown: a matrix of scenarios × handlers, then each failure with its broken rules', () => {
    const md = conformanceMarkdown(entries, '42');
    expect(md).toContain('| scenario | naive | reference |');
    expect(md).toContain('| hcompany/a | · | ✅ |');
    expect(md).toContain('| hcompany/b | ❌ | ✅ |');
    expect(md).toMatch(/### hcompany\/b × naive\n\n- attempt 1: expected retry after ≥ 2,000 ms \(rule retry-after\)/);
  });

  it('html: self-contained, and no scenario text can break out of the data', () => {
    const html = conformanceHtml([entry('x/<script>alert(1)</script>', 'reference', 'passed')], '42');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('\\u003cscript>alert(1)\\u003c/script>');
    expect(html).not.toMatch(/src=|href=|https?:\/\//);
  });
});
