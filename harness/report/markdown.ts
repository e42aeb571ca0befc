import type { Comparison } from './compare.ts';
import { describeChange } from './compare.ts';
import { handlersOf, sortEntries, type ReportEntry, type ReportVerdict } from './entry.ts';
import { rulesBroken } from './rules.ts';
import { LAYERS, scores, type Tally } from './scores.ts';

const MARK: Record<ReportVerdict, string> = { pass: '✅', 'non-strict': '⚠️', fail: '❌', skipped: '·' };
/** A rule's scenarios listed in full up to this many. */
const MOST_SCENARIOS = 10;

/**
 * `conformance.md`, for a pull request: each handler's score (overall and per layer), what got
 * worse or better since a previous report, the rules each handler breaks most, a scenario ×
 * handler matrix, then every failure and non-strict verdict with its broken rules.
 *
 * @example
 * writeFileSync('conformance.md', conformanceMarkdown(entries, 42, compareReports(previous.entries, entries)));
 */
export function conformanceMarkdown(
  entries: readonly ReportEntry[],
  runSeed: number | null,
  comparison?: Comparison,
): string {
  const handlers = handlersOf(entries);
  const sorted = sortEntries(entries);
  const lines = [
    '# Faultline conformance',
    '',
    `Seed ${runSeed ?? '(none)'} · ${handlers.length} handler(s) · ${entries.length} scenario × handler results`,
    '',
    ...scoreLines(entries),
    ...(comparison ? comparisonLines(comparison) : []),
    ...ruleLines(entries),
    ...matrixLines(sorted, handlers),
  ];
  for (const [verdict, title] of [
    ['fail', 'Failures'],
    ['non-strict', 'Non-strict (only should-level rules broken)'],
  ] as const) {
    const listed = sorted.filter((e) => e.verdict === verdict);
    if (!listed.length) continue;
    lines.push('', `## ${title}`, '');
    for (const e of listed)
      lines.push(
        `### ${escapeCell(e.scenario)} × ${escapeCell(e.handler)}`,
        '',
        ...e.problems.map((p) => `- ${escapeCell(p)}`),
        '',
      );
  }
  return `${lines.join('\n')}\n`;
}

function scoreLines(entries: readonly ReportEntry[]): string[] {
  const count = (t: Tally) => `${t.pass} · ${t['non-strict']} · ${t.fail}`;
  return [
    '## Scores',
    '',
    'Scenarios per handler: ✅ pass, ⚠️ non-strict (only should-level rules broken), ❌ fail, · skipped. Per layer: pass · non-strict · fail among the scenarios whose kinds belong to it.',
    '',
    `| handler | ✅ | ⚠️ | ❌ | · | ${LAYERS.join(' | ')} |`,
    `| --- | ---: | ---: | ---: | ---: | ${LAYERS.map(() => ':---:').join(' | ')} |`,
    ...Object.entries(scores(entries)).map(
      ([handler, { overall, layers }]) =>
        `| ${escapeCell(handler)} | ${overall.pass} | ${overall['non-strict']} | ${overall.fail} | ${overall.skipped} | ${LAYERS.map((l) => count(layers[l])).join(' | ')} |`,
    ),
    '',
  ];
}

function comparisonLines(comparison: Comparison): string[] {
  const changes = [...comparison.worse, ...comparison.better, ...comparison.added, ...comparison.removed];
  const lines = ['## Since the previous report', ''];
  if (!changes.length) return [...lines, 'No scenario × handler changed its verdict.', ''];
  for (const what of ['worse', 'better', 'added', 'removed'] as const) {
    for (const c of comparison[what])
      lines.push(
        `- ${what === 'worse' ? '**worse**' : what} · ${escapeCell(c.handler)} · ${escapeCell(describeChange(c))}`,
      );
  }
  return [...lines, ''];
}

function ruleLines(entries: readonly ReportEntry[]): string[] {
  const perHandler = Object.entries(rulesBroken(entries)).filter(([, rules]) => rules.length);
  if (!perHandler.length) return [];
  const lines = ['## Rules broken most', ''];
  for (const [handler, rules] of perHandler) {
    lines.push(`**${escapeCell(handler)}**`, '');
    for (const { rule, level, scenarios } of rules) {
      const shown = scenarios.slice(0, MOST_SCENARIOS).map(escapeCell).join(', ');
      const more = scenarios.length > MOST_SCENARIOS ? ` and ${scenarios.length - MOST_SCENARIOS} more` : '';
      lines.push(
        `- ${escapeCell(rule)} (${level}): ${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'}: ${shown}${more}`,
      );
    }
    lines.push('');
  }
  return lines;
}

function matrixLines(sorted: readonly ReportEntry[], handlers: readonly string[]): string[] {
  const scenarios = [...new Set(sorted.map((e) => e.scenario))];
  const cell = (scenario: string, handler: string) => {
    const entry = sorted.find((e) => e.scenario === scenario && e.handler === handler);
    return entry ? MARK[entry.verdict] : '';
  };
  return [
    '## Scenarios',
    '',
    `| scenario | ${handlers.map(escapeCell).join(' | ')} |`,
    `| --- | ${handlers.map(() => ':---:').join(' | ')} |`,
    ...scenarios.map((s) => `| ${escapeCell(s)} | ${handlers.map((h) => cell(s, h)).join(' | ')} |`),
  ];
}

/** Keeps data text as text: no `|` ends a cell, no line break ends a row, no `<` opens an HTML tag. */
function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}
