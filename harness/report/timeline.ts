import { describeAction, ruleName, type ReportEntry } from './entry.ts';

/** One attempt on the timeline: when it happened, what fired, what the handler decided and waited. */
export interface TimelineRow {
  attempt: number;
  /** Virtual ms of the attempt's decision. */
  atMs: number;
  /** `#2 platform.rate_limited` (or `#4 success`). */
  label: string;
  /** The fault that fired, or null. */
  fault: string | null;
  /** What the handler decided, in words, with the wait asked for: `retry after 1 s (asked 30 s)`, `escalate to human`. */
  decision: string;
  /** The delay a retry waited, in virtual ms (null for any other decision). */
  waitMs: number | null;
  /** The wait the provider asked for, in virtual ms, or null. */
  askedMs: number | null;
  /** The rules this attempt broke, as `rule (level)`. */
  broken: string[];
  /** `success` (the run succeeded), `ok` (a failure handled right), `should` or `must` (the worst rule it broke). */
  tone: 'success' | 'ok' | 'should' | 'must';
}

/** A scenario × handler's decisions on the virtual time axis, as the html report draws it. */
export interface Timeline {
  /** Virtual ms at the right end of the axis. */
  spanMs: number;
  /** Axis ticks from 0, at a round step. */
  ticks: Array<{ atMs: number; label: string }>;
  rows: TimelineRow[];
  /** Rules broken by the scenario as a whole (how it ended, bounds), as `rule (level)`. */
  broken: string[];
}

/** Tick steps a clock reads as round, in ms: milliseconds, seconds, minutes, hours. */
const STEPS = [
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500],
  ...[1, 2, 5, 10, 15, 30].map((s) => s * 1_000),
  ...[1, 2, 5, 10, 15, 30].map((m) => m * 60_000),
  ...[1, 2, 3, 6, 12, 24, 48].map((h) => h * 3_600_000),
];
/** At most this many ticks after 0. */
const MAX_TICKS = 6;
/** The shortest axis: a run that took no virtual time still gets one second. */
const MIN_SPAN_MS = 1_000;

/**
 * The timeline of one scenario × handler: per attempt the fault that fired, the decision, the delay
 * waited against the wait the provider asked for, and the rules broken, on a virtual time axis
 * long enough for every wait.
 *
 * @example
 * timeline(entry).rows[0];
 * // { attempt: 1, atMs: 0, label: '#1 platform.rate_limited', fault: 'webcompute.gateway', decision: 'retry after 1 s (asked 30 s)',
 * //   waitMs: 1000, askedMs: 30000, broken: ['retry-after (must)'], tone: 'must' }
 */
export function timeline(entry: ReportEntry): Timeline {
  const rows = entry.decisions.map((d): TimelineRow => {
    const broken = entry.broken.filter((b) => b.attempt === d.attempt);
    const waitMs = d.action === 'retry' ? (d.delayMs ?? 0) : null;
    return {
      attempt: d.attempt,
      atMs: d.atMs,
      label: `#${d.attempt} ${d.kind ?? 'success'}`,
      fault: d.fault,
      decision: `${describeAction(d, formatDuration)}${d.askedMs === null ? '' : ` (asked ${formatDuration(d.askedMs)})`}`,
      waitMs,
      askedMs: d.askedMs,
      broken: [...new Set(broken.map(ruleName))],
      tone: broken.some((b) => b.level === 'must')
        ? 'must'
        : broken.length
          ? 'should'
          : d.kind === null
            ? 'success'
            : 'ok',
    };
  });
  const spanMs = Math.max(MIN_SPAN_MS, ...rows.map((r) => r.atMs + Math.max(r.waitMs ?? 0, r.askedMs ?? 0)));
  const step = STEPS.find((s) => spanMs / s <= MAX_TICKS) ?? STEPS[STEPS.length - 1]!;
  const ticks = Array.from({ length: Math.floor(spanMs / step) + 1 }, (_, i) => ({
    atMs: i * step,
    label: formatDuration(i * step),
  }));
  const broken = [...new Set(entry.broken.filter((b) => !rows.some((r) => r.attempt === b.attempt)).map(ruleName))];
  return { spanMs, ticks, rows, broken };
}

/**
 * A virtual duration in the unit a person reads it in.
 *
 * @example
 * formatDuration(0);         // '0'
 * formatDuration(1_000);     // '1 s'
 * formatDuration(1_500);     // '1.5 s'
 * formatDuration(90_000);    // '1.5 min'
 * formatDuration(7_200_000); // '2 h'
 */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0';
  const units: Array<[string, number]> = [
    ['h', 3_600_000],
    ['min', 60_000],
    ['s', 1_000],
  ];
  const [unit, size] = units.find(([, size]) => ms >= size) ?? ['ms', 1];
  return `${Number((ms / size).toFixed(2)).toLocaleString('en-US')} ${unit}`;
}
