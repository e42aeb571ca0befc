import type { Comparison } from './compare.ts';
import { describeReportDecision, handlersOf, sortEntries, type ReportEntry } from './entry.ts';
import { rulesBroken } from './rules.ts';
import { LAYERS, scores } from './scores.ts';
import { timeline } from './timeline.ts';

/**
 * The page's behaviour: the scores, the changes since a previous report, the rules broken most,
 * the heatmap with its filter, and a cell's scenarios (timeline, decisions, problems) in a row
 * right under the cell. Every text goes in with textContent: no data is parsed as HTML.
 */
const SCRIPT = `
const data = JSON.parse(document.getElementById('data').textContent);
const heat = document.getElementById('heatmap');
const filter = document.getElementById('filter');
const SVG = 'http://www.w3.org/2000/svg';
const el = (tag, text, cls) => { const n = document.createElement(tag); if (text !== undefined) n.textContent = text; if (cls) n.className = cls; return n; };
const kindsOf = (e) => e.kinds.length ? e.kinds : ['(no kind)'];
const needle = () => filter.value.trim().toLowerCase();
const matches = (text) => text.toLowerCase().includes(needle());
const ran = (t) => t.pass + t['non-strict'] + t.fail;
const casesOf = (kind, handler) => data.entries.filter((e) => e.handler === handler && kindsOf(e).includes(kind) && e.verdict !== 'skipped');
const previousOf = new Map();
for (const list of data.comparison ? Object.values(data.comparison) : []) for (const c of list) previousOf.set(c.handler + '\\n' + c.scenario, c.before);

function scenarioLink(handler, scenario) {
  const a = el('a', scenario);
  a.href = '#' + new URLSearchParams({ handler, scenario });
  return a;
}

function renderScores() {
  const table = document.getElementById('scores');
  const head = el('tr'); head.append(el('th', 'handler'), el('th', 'pass'), el('th', 'non-strict'), el('th', 'fail'), el('th', 'skipped'), ...data.layers.map((l) => el('th', l)));
  table.append(head);
  for (const [handler, score] of Object.entries(data.scores)) {
    const row = el('tr'); row.dataset.handler = handler;
    row.append(el('th', handler));
    for (const verdict of ['pass', 'non-strict', 'fail', 'skipped']) row.append(el('td', String(score.overall[verdict]), verdict + (score.overall[verdict] ? ' some' : '')));
    for (const layer of data.layers) {
      const t = score.layers[layer];
      const td = el('td', ran(t) ? t.pass + ' · ' + t['non-strict'] + ' · ' + t.fail : '–', 'layer');
      td.dataset.layer = layer;
      td.title = layer + ': ' + t.pass + ' pass, ' + t['non-strict'] + ' non-strict, ' + t.fail + ' fail, ' + t.skipped + ' skipped';
      row.append(td);
    }
    table.append(row);
  }
}

function renderChanges() {
  const box = document.getElementById('changes');
  if (!data.comparison) { box.hidden = true; return; }
  const list = el('ul');
  for (const what of ['worse', 'better', 'added', 'removed']) {
    for (const c of data.comparison[what]) {
      const li = el('li', undefined, what); li.dataset.change = what;
      li.append(el('span', what, 'tag'), ' ' + c.handler + ' · ', scenarioLink(c.handler, c.scenario), ': ' + (c.before || 'absent') + ' → ' + (c.after || 'absent') + (c.rules.length ? ' (' + c.rules.join(', ') + ')' : ''));
      list.append(li);
    }
  }
  box.append(list.children.length ? list : el('p', 'No scenario × handler changed its verdict.'));
}

function renderRules() {
  const box = document.getElementById('rules');
  const broken = Object.entries(data.rules).filter(([, rules]) => rules.length);
  if (!broken.length) box.append(el('p', 'No handler broke a rule.'));
  for (const [handler, rules] of broken) {
    box.append(el('h3', handler));
    const list = el('ol');
    for (const r of rules) {
      const li = el('li'); li.dataset.rule = r.rule; li.dataset.handler = handler;
      li.append(el('code', r.rule), ' ', el('span', r.level, 'level ' + r.level), ' ' + r.scenarios.length + ' scenario' + (r.scenarios.length === 1 ? '' : 's') + ': ');
      r.scenarios.forEach((s, i) => li.append(...(i ? [', '] : []), scenarioLink(handler, s)));
      list.append(li);
    }
    box.append(list);
  }
}

function renderHeatmap() {
  const kinds = [...new Set(data.entries.flatMap(kindsOf))].sort();
  const head = el('tr'); head.append(el('th', 'kind'), ...data.handlers.map((h) => el('th', h)));
  heat.append(head);
  for (const kind of kinds) {
    const row = el('tr'); row.dataset.kind = kind; row.append(el('th', kind, 'kind'));
    for (const handler of data.handlers) {
      const cases = casesOf(kind, handler);
      const count = (v) => cases.filter((e) => e.verdict === v).length;
      const [pass, lax] = [count('pass'), count('non-strict')];
      const td = el('td', cases.length ? pass + '/' + cases.length + (lax ? ' (' + lax + ' ⚠)' : '') : '–', 'cell');
      if (cases.length) td.style.background = 'hsl(' + Math.round(120 * (pass + lax / 2) / cases.length) + ', 65%, 72%)';
      td.dataset.kind = kind; td.dataset.handler = handler; td.tabIndex = 0;
      td.title = cases.length ? pass + ' of ' + cases.length + ' scenarios passed' + (lax ? ', ' + lax + ' non-strict' : '') : 'no scenario ran';
      td.onclick = () => toggle(td);
      td.onkeydown = (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); toggle(td); } };
      row.append(td);
    }
    heat.append(row);
  }
}

/** Opens a cell's scenarios in a row right under it (or closes them when it is already open). */
function toggle(td) {
  if (td.classList.contains('selected')) return close();
  open(td);
}
function close() {
  for (const selected of heat.querySelectorAll('td.selected')) selected.classList.remove('selected');
  for (const row of heat.querySelectorAll('tr.details')) row.remove();
}
function open(td) {
  close();
  td.classList.add('selected');
  const cases = casesOf(td.dataset.kind, td.dataset.handler);
  const row = el('tr', undefined, 'details');
  const cell = el('td'); cell.colSpan = data.handlers.length + 1; cell.id = 'details';
  cell.append(el('h2', td.dataset.kind + ' × ' + td.dataset.handler));
  if (!cases.length) cell.append(el('p', 'No scenario of this kind ran for this handler.'));
  for (const c of cases) cell.append(caseBox(c, td.dataset.kind));
  row.append(cell);
  td.parentElement.after(row);
  applyFilter();
  return row;
}

const MARK = { pass: 'PASS', 'non-strict': 'NON-STRICT', fail: 'FAIL' };
function caseBox(c, kind) {
  const box = el('section', undefined, 'case ' + c.verdict);
  box.dataset.kind = kind; box.dataset.scenario = c.scenario; box.dataset.handler = c.handler;
  box.append(el('h3', MARK[c.verdict] + '  ' + c.scenario + (c.seed === null ? '' : '  (seed ' + c.seed + ')')));
  const before = previousOf.get(c.handler + '\\n' + c.scenario);
  if (before !== undefined) box.append(el('p', 'was ' + (before || 'absent') + ' in the previous report', 'was'));
  box.append(drawTimeline(c.timeline));
  const trace = el('ol', undefined, 'trace');
  for (const line of c.lines) trace.append(el('li', line));
  box.append(trace);
  for (const p of c.problems) box.append(el('p', p, 'problem'));
  return box;
}

/** The decision timeline: one row per attempt on the virtual time axis. */
const T = { width: 900, label: 250, plot: 380, row: 34, top: 6, axis: 24 };
function drawTimeline(t) {
  const height = T.top + t.rows.length * T.row + (t.broken.length ? 16 : 0) + T.axis;
  const x = (ms) => T.label + (ms / t.spanMs) * T.plot;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'timeline'); svg.setAttribute('viewBox', '0 0 ' + T.width + ' ' + height); svg.setAttribute('width', T.width); svg.setAttribute('height', height);
  const add = (tag, attrs, text, title) => {
    const n = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
    if (text !== undefined) n.textContent = text;
    if (title !== undefined) { const tip = document.createElementNS(SVG, 'title'); tip.textContent = title; n.append(tip); }
    svg.append(n);
    return n;
  };
  for (const tick of t.ticks) {
    add('line', { class: 'tick', x1: x(tick.atMs), x2: x(tick.atMs), y1: T.top, y2: height - T.axis + 4 });
    add('text', { class: 'tick', x: x(tick.atMs), y: height - 6, 'text-anchor': 'middle' }, tick.label);
  }
  t.rows.forEach((r, i) => {
    const y = T.top + i * T.row;
    add('text', { class: 'label', x: 4, y: y + 13 }, r.label);
    if (r.fault) add('text', { class: 'fault', x: 4, y: y + 27 }, r.fault);
    if (r.askedMs !== null) add('rect', { class: 'asked', x: x(r.atMs), y: y + 8, width: Math.max(2, x(r.atMs + r.askedMs) - x(r.atMs)), height: 12 }, undefined, 'the provider asked to wait ' + r.askedMs + ' ms');
    if (r.waitMs !== null) add('rect', { class: 'wait ' + r.tone, x: x(r.atMs), y: y + 11, width: Math.max(2, x(r.atMs + r.waitMs) - x(r.atMs)), height: 6 }, undefined, 'waited ' + r.waitMs + ' ms');
    add('circle', { class: 'mark ' + r.tone, cx: x(r.atMs), cy: y + 14, r: 5 }, undefined, r.label + ' → ' + r.decision);
    add('text', { class: 'decision', x: T.label + T.plot + 14, y: y + 13 }, r.decision);
    if (r.broken.length) add('text', { class: 'broken', x: T.label + T.plot + 14, y: y + 27 }, '✗ ' + r.broken.join(', '));
  });
  if (t.broken.length) add('text', { class: 'broken', x: 4, y: T.top + t.rows.length * T.row + 10 }, '✗ the scenario as a whole: ' + t.broken.join(', '));
  return svg;
}

/** A kind stays when its name or one of its scenarios contains the filter text; a shown scenario, when it or its kind does. */
function applyFilter() {
  for (const row of heat.querySelectorAll('tr[data-kind]')) {
    const scenarios = data.entries.filter((e) => kindsOf(e).includes(row.dataset.kind)).map((e) => e.scenario);
    row.hidden = !matches(row.dataset.kind) && !scenarios.some(matches);
  }
  for (const box of heat.querySelectorAll('section.case')) box.hidden = !matches(box.dataset.kind) && !matches(box.dataset.scenario);
}

/** Follows a scenario link (#handler=…&scenario=…): opens the cell of its first kind and shows it there. */
function openFromHash() {
  const wanted = new URLSearchParams(location.hash.slice(1));
  const entry = data.entries.find((e) => e.handler === wanted.get('handler') && e.scenario === wanted.get('scenario') && e.verdict !== 'skipped');
  if (!entry) return;
  filter.value = '';
  const kind = kindsOf(entry)[0];
  const td = [...heat.querySelectorAll('td.cell')].find((cell) => cell.dataset.kind === kind && cell.dataset.handler === entry.handler);
  const row = open(td);
  const box = [...row.querySelectorAll('section.case')].find((b) => b.dataset.scenario === entry.scenario);
  box.classList.add('focus');
  box.scrollIntoView({ block: 'center' });
}

renderScores();
renderChanges();
renderRules();
renderHeatmap();
filter.addEventListener('input', applyFilter);
window.addEventListener('hashchange', openFromHash);
openFromHash();
`;

const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #222; }
table { border-collapse: collapse; } th, td { border: 1px solid #ddd; padding: 4px 10px; }
#scores td { text-align: right; } #scores td.fail.some { color: #a22; font-weight: 600; } #scores td.non-strict.some { color: #a60; } #scores td.layer { text-align: center; color: #555; }
th.kind { text-align: left; font-weight: 500; } td.cell { text-align: center; cursor: pointer; min-width: 80px; } td.selected { outline: 3px solid #333; outline-offset: -3px; }
tr.details > td { background: #fafafa; padding: 8px 16px; }
#filter { padding: 6px; width: 320px; margin: 12px 0; }
#changes li.worse .tag { background: #d55; } #changes .tag { background: #6a6; color: #fff; border-radius: 3px; padding: 0 6px; font-size: 12px; }
.level { border-radius: 3px; padding: 0 6px; font-size: 12px; color: #fff; } .level.must { background: #c33; } .level.should { background: #c80; }
.case { border-left: 4px solid #6c6; padding: 4px 12px; margin: 8px 0; } .case.fail { border-color: #d55; } .case.non-strict { border-color: #e90; } .case.focus { background: #fff8d0; }
.was { color: #555; font-style: italic; }
.trace { font-family: ui-monospace, monospace; font-size: 12px; } .problem { color: #a22; font-size: 12px; }
svg.timeline { display: block; max-width: 100%; height: auto; font-size: 12px; }
svg.timeline line.tick { stroke: #e4e4e4; } svg.timeline text.tick { fill: #888; font-size: 11px; }
svg.timeline .label { font-family: ui-monospace, monospace; } svg.timeline .fault { fill: #888; font-size: 11px; }
svg.timeline .asked { fill: none; stroke: #555; stroke-dasharray: 3 2; }
svg.timeline .wait { fill: #49c; } svg.timeline .wait.must { fill: #d33; } svg.timeline .wait.should { fill: #e90; }
svg.timeline .mark { fill: #999; stroke: #fff; } svg.timeline .mark.success { fill: #3a3; } svg.timeline .mark.must { fill: #d33; } svg.timeline .mark.should { fill: #e90; }
svg.timeline .broken { fill: #c22; font-size: 11px; }
`;

/**
 * `conformance.html`: one self-contained page (no network). At the top each handler's score
 * (overall and per layer), what changed since a previous report, and the rules each handler
 * breaks most (each scenario a link); then a heatmap of kinds × handlers with a filter box, and
 * for a cell its scenarios, in a row right under it, each with its decision timeline on virtual
 * time (every attempt, the fault that fired, the decision, the wait against the wait asked for,
 * the rules broken).
 *
 * @example
 * writeFileSync('conformance.html', conformanceHtml(entries, 42, compareReports(previous.entries, entries)));
 */
export function conformanceHtml(
  entries: readonly ReportEntry[],
  runSeed: number | null,
  comparison?: Comparison,
): string {
  const data = {
    handlers: handlersOf(entries),
    layers: LAYERS,
    scores: scores(entries),
    rules: rulesBroken(entries),
    comparison: comparison ?? null,
    entries: sortEntries(entries).map((e) => ({
      scenario: e.scenario,
      handler: e.handler,
      kinds: e.kinds,
      verdict: e.verdict,
      seed: e.seed,
      problems: e.problems,
      lines: e.decisions.map(describeReportDecision),
      timeline: timeline(e),
    })),
  };
  // `<` is escaped so no scenario text can close the data block.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Faultline conformance</title><style>${STYLE}</style></head>
<body>
<h1>Faultline conformance</h1>
<p>Seed ${runSeed ?? '(none)'} · ${data.handlers.length} handler(s) · ${entries.length} scenario × handler results. Time is virtual: every figure is what the scenario simulated, not how long it ran.</p>
<h2>Scores</h2>
<p>Scenarios per handler by verdict (non-strict: only should-level rules broken); per layer, pass · non-strict · fail among the scenarios whose kinds belong to it.</p>
<table id="scores"></table>
<section id="changes"><h2>Since the previous report</h2></section>
<section id="rules"><h2>Rules broken most</h2></section>
<h2>Kinds × handlers</h2>
<p>Each cell: the scenarios of that kind the handler passed (green all, red none). Click it (or Enter) for its scenarios with their decision timelines: each attempt, the fault that fired, the wait (bar) against the wait the provider asked for (dashed), the rules broken.</p>
<input id="filter" type="search" placeholder="Filter kinds and scenarios…" aria-label="filter">
<table id="heatmap"></table>
<script type="application/json" id="data">${json}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
