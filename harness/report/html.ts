import { describeReportDecision, handlersOf, sortEntries, type ReportEntry } from './entry.ts';

/** The page's behaviour: builds the heatmap, filters it, shows a cell's traces (all with textContent: no data is parsed as HTML). */
const SCRIPT = `
const data = JSON.parse(document.getElementById('data').textContent);
const heat = document.getElementById('heatmap');
const details = document.getElementById('details');
const filter = document.getElementById('filter');
const el = (tag, text, cls) => { const n = document.createElement(tag); if (text !== undefined) n.textContent = text; if (cls) n.className = cls; return n; };
const kindsOf = (e) => e.kinds.length ? e.kinds : ['(no kind)'];
const needle = () => filter.value.trim().toLowerCase();
const matches = (text) => text.toLowerCase().includes(needle());
const kinds = [...new Set(data.entries.flatMap(kindsOf))].sort();
const head = el('tr'); head.append(el('th', 'kind'), ...data.handlers.map((h) => el('th', h)));
heat.append(head);
for (const kind of kinds) {
  const row = el('tr'); row.dataset.kind = kind; row.append(el('th', kind, 'kind'));
  for (const handler of data.handlers) {
    const cases = data.entries.filter((e) => e.handler === handler && kindsOf(e).includes(kind) && e.verdict !== 'skipped');
    const passed = cases.filter((e) => e.verdict === 'pass').length;
    const lenient = cases.filter((e) => e.verdict === 'non-strict').length;
    const td = el('td', cases.length ? passed + '/' + cases.length + (lenient ? ' (' + lenient + ' ⚠)' : '') : '–', 'cell');
    if (cases.length) td.style.background = 'hsl(' + Math.round(120 * (passed + lenient / 2) / cases.length) + ', 65%, 72%)';
    td.dataset.kind = kind; td.dataset.handler = handler; td.tabIndex = 0;
    td.title = cases.length ? passed + ' of ' + cases.length + ' scenarios passed, ' + lenient + ' non-strict' : 'no scenario ran';
    td.onclick = () => show(td, cases);
    td.onkeydown = (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); show(td, cases); } };
    row.append(td);
  }
  heat.append(row);
}
function show(td, cases) {
  for (const selected of heat.querySelectorAll('td.selected')) selected.classList.remove('selected');
  td.classList.add('selected');
  details.replaceChildren(el('h2', td.dataset.kind + ' × ' + td.dataset.handler));
  if (!cases.length) details.append(el('p', 'No scenario of this kind ran for this handler.'));
  for (const c of cases) {
    const box = el('section', undefined, 'case ' + c.verdict);
    box.dataset.kind = td.dataset.kind; box.dataset.scenario = c.scenario;
    box.append(el('h3', c.verdict.toUpperCase() + '  ' + c.scenario + (c.seed === null ? '' : '  (seed ' + c.seed + ')')));
    if (c.rules.length) box.append(el('p', 'broken: ' + c.rules.map((r) => r.rule + ' (' + r.level + ')').join(', '), 'rules'));
    const trace = el('ol', undefined, 'trace');
    for (const line of c.lines) trace.append(el('li', line));
    box.append(trace);
    for (const p of c.problems) box.append(el('p', p, 'problem'));
    details.append(box);
  }
  applyFilter();
}
/** A kind stays when its name or one of its scenarios contains the filter text; a shown scenario, when it or its kind does. */
function applyFilter() {
  for (const row of heat.querySelectorAll('tr[data-kind]')) {
    const scenarios = data.entries.filter((e) => kindsOf(e).includes(row.dataset.kind)).map((e) => e.scenario);
    row.hidden = !matches(row.dataset.kind) && !scenarios.some(matches);
  }
  for (const box of details.querySelectorAll('section.case')) box.hidden = !matches(box.dataset.kind) && !matches(box.dataset.scenario);
}
filter.addEventListener('input', applyFilter);
`;

const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #222; }
table { border-collapse: collapse; } th, td { border: 1px solid #ddd; padding: 4px 10px; }
th.kind { text-align: left; font-weight: 500; } td.cell { text-align: center; cursor: pointer; min-width: 80px; } td.selected { outline: 3px solid #333; outline-offset: -3px; }
#filter { padding: 6px; width: 320px; margin: 12px 0; }
.case { border-left: 4px solid #6c6; padding: 4px 12px; margin: 8px 0; } .case.fail { border-color: #d55; } .case.non-strict { border-color: #e0a800; }
.rules { font-size: 12px; color: #555; }
.trace { font-family: ui-monospace, monospace; font-size: 12px; } .problem { color: #a22; font-size: 12px; }
`;

/**
 * `conformance.html`: one self-contained page (no network) with a heatmap of kinds × handlers
 * (passing scenarios, non-strict ones counted half), a filter box, and for each cell the scenarios
 * with their grade, broken rules and levels, and decision traces on virtual time.
 *
 * @example
 * writeFileSync('conformance.html', conformanceHtml(entries, 42));
 */
export function conformanceHtml(entries: readonly ReportEntry[], runSeed: number | null): string {
  const data = {
    handlers: handlersOf(entries),
    entries: sortEntries(entries).map((e) => ({ scenario: e.scenario, handler: e.handler, kinds: e.kinds, verdict: e.verdict, rules: e.rules, seed: e.seed, problems: e.problems, lines: e.decisions.map(describeReportDecision) })),
  };
  // `<` is escaped so no scenario text can close the data block.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Faultline conformance</title><style>${STYLE}</style></head>
<body>
<h1>Faultline conformance</h1>
<p>Seed ${runSeed ?? '(none)'} · ${data.handlers.length} handler(s) · ${entries.length} scenario × handler results. Each cell: scenarios of that kind the handler passed, and how many were non-strict (⚠: only should-level rules broken; green all passed, red none); click it for the traces, on virtual time.</p>
<input id="filter" type="search" placeholder="Filter kinds and scenarios…" aria-label="filter">
<table id="heatmap"></table>
<div id="details"></div>
<script type="application/json" id="data">${json}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
