import { handlersOf, sortEntries, tally, type ReportEntry } from './entry.ts';

const MARK = { passed: '✅', failed: '❌', skipped: '·' } as const;

/**
 * `conformance.md`: a scenario × handler matrix to paste in a pull request, then every failure
 * with its broken rules.
 *
 * @example
 * writeFileSync('conformance.md', conformanceMarkdown(entries, 42));
 */
export function conformanceMarkdown(entries: readonly ReportEntry[], runSeed: number | null): string {
  const handlers = handlersOf(entries);
  const sorted = sortEntries(entries);
  const scenarios = [...new Set(sorted.map((e) => e.scenario))];
  const cell = (scenario: string, handler: string) => {
    const entry = sorted.find((e) => e.scenario === scenario && e.handler === handler);
    return entry ? MARK[entry.verdict] : '';
  };
  const lines = [
    `# Faultline conformance`,
    '',
    `Seed ${runSeed ?? '(none)'} · ${handlers.map((h) => { const t = tally(entries.filter((e) => e.handler === h)); return `**${escapeCell(h)}**: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`; }).join(' · ')}`,
    '',
    `| scenario | ${handlers.map(escapeCell).join(' | ')} |`,
    `| --- | ${handlers.map(() => ':---:').join(' | ')} |`,
    ...scenarios.map((s) => `| ${escapeCell(s)} | ${handlers.map((h) => cell(s, h)).join(' | ')} |`),
  ];
  const failures = sorted.filter((e) => e.verdict === 'failed');
  if (failures.length) {
    lines.push('', '## Failures', '');
    for (const f of failures) lines.push(`### ${escapeCell(f.scenario)} × ${escapeCell(f.handler)}`, '', ...f.problems.map((p) => `- ${escapeCell(p)}`), '');
  }
  return `${lines.join('\n')}\n`;
}

/** Keeps data text as text: no `|` ends a cell, no line break ends a row, no `<` opens an HTML tag. */
function escapeCell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
