import { describe, expect, it } from 'vitest';
import { formatDuration, timeline } from '../../harness/report/timeline.ts';
import { decision, entry } from './entries.ts';

describe('the decision timeline', () => {
  it('shows a retry after 1 s where the platform asked for 30 s, the fault that fired and the rule broken', () => {
    const t = timeline(
      entry('webcompute/rate-limited-retry-after', 'naive', 'fail', {
        decisions: [
          decision(1, 0, { fault: 'webcompute.gateway', delayMs: 1_000, askedMs: 30_000 }),
          decision(2, 1_000, { kind: null, fault: null, action: 'accept', delayMs: undefined, changes: undefined }),
        ],
        broken: [
          { rule: 'retry-after', level: 'must', attempt: 1 },
          { rule: 'end', level: 'should', attempt: null },
        ],
      }),
    );
    expect(t.rows).toEqual([
      {
        attempt: 1,
        atMs: 0,
        label: '#1 platform.rate_limited',
        fault: 'webcompute.gateway',
        decision: 'retry after 1 s (asked 30 s)',
        waitMs: 1_000,
        askedMs: 30_000,
        broken: ['retry-after (must)'],
        tone: 'must',
      },
      {
        attempt: 2,
        atMs: 1_000,
        label: '#2 success',
        fault: null,
        decision: 'accept',
        waitMs: null,
        askedMs: null,
        broken: [],
        tone: 'success',
      },
    ]);
    // The axis is long enough for the wait asked for, with round ticks.
    expect(t.spanMs).toBe(30_000);
    expect(t.ticks).toEqual([0, 5, 10, 15, 20, 25, 30].map((s) => ({ atMs: s * 1_000, label: s ? `${s} s` : '0' })));
    expect(t.broken).toEqual(['end (should)']);
  });

  it('tones: a failure handled right, a should-level break, an escalation; a run that took no time gets one second', () => {
    const t = timeline(
      entry('x', 'h', 'non-strict', {
        decisions: [
          decision(1, 0, { delayMs: 0 }),
          decision(2, 0, { kind: 'agent.captcha', action: 'escalate', to: 'human', delayMs: undefined }),
        ],
        broken: [{ rule: 'backoff-min', level: 'should', attempt: 1 }],
      }),
    );
    expect(t.rows.map((r) => [r.tone, r.decision, r.waitMs])).toEqual([
      ['should', 'retry after 0', 0],
      ['ok', 'escalate to human', null],
    ]);
    expect(t.spanMs).toBe(1_000);
    expect(t.ticks.map((tick) => tick.label)).toEqual(['0', '200 ms', '400 ms', '600 ms', '800 ms', '1 s']);
  });

  it('keeps hours of waiting readable', () => {
    const t = timeline(
      entry('x', 'h', 'pass', {
        decisions: [
          decision(1, 0, { delayMs: 3_600_000, askedMs: 3_600_000 }),
          decision(2, 3_600_000, { delayMs: 5_000 }),
        ],
      }),
    );
    expect(t.spanMs).toBe(3_605_000);
    expect(t.ticks.map((tick) => tick.label)).toEqual(['0', '15 min', '30 min', '45 min', '1 h']);
    expect(t.rows[0]!.decision).toBe('retry after 1 h (asked 1 h)');
    expect([formatDuration(1_500), formatDuration(90_000), formatDuration(7_200_000), formatDuration(250)]).toEqual([
      '1.5 s',
      '1.5 min',
      '2 h',
      '250 ms',
    ]);
  });
});
