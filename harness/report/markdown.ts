import { handlersOf, sortEntries, tally, type ReportEntry } from './entry.ts';

const MARK = { pass: '✅', 'non-strict': '⚠️', fail: '❌', skipped: '·' } as const;

/**
 * `conformance.md`: a scenario × handler matrix to paste in a pull request (✅ pass, ⚠️ non-strict,
 * ❌ fail, · skipped), then every fail and every non-strict verdict with its broken rules and
 * their levels.
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
    `Seed ${runSeed ?? '(none)'} · ${handlers.map((h) => { const t = tally(entries.filter((e) => e.handler === h)); return `**${escapeCell(h)}**: ${t.pass} pass, ${t['non-strict']} non-strict, ${t.fail} fail, ${t.skipped} skipped`; }).join(' · ')}`,
    '',
    `| scenario | ${handlers.map(escapeCell).join(' | ')} |`,
    `| --- | ${handlers.map(() => ':---:').join(' | ')} |`,
    ...scenarios.map((s) => `| ${escapeCell(s)} | ${handlers.map((h) => cell(s, h)).join(' | ')} |`),
  ];
  for (const [verdict, heading] of [['fail', 'Failures'], ['non-strict', 'Non-strict (only should-level rules broken)']] as const) {
    const listed = sorted.filter((e) => e.verdict === verdict);
    if (!listed.length) continue;
    lines.push('', `## ${heading}`, '');
    for (const e of listed) {
      const rules = e.rules.map((r) => `${r.rule} (${r.level})`).join(', ');
      lines.push(`### ${escapeCell(e.scenario)} × ${escapeCell(e.handler)}`, '', ...(rules ? [`Broken rules: ${escapeCell(rules)}`, ''] : []), ...e.problems.map((p) => `- ${escapeCell(p)}`), '');
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Keeps data text as text: no `|` ends a cell, no line break ends a row, no `<` opens an HTML tag. */
function escapeCell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
