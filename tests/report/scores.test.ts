import { describe, expect, it } from 'vitest';
import { rulesBroken } from '../../harness/report/rules.ts';
import { scores, tally } from '../../harness/report/scores.ts';
import { entry } from './entries.ts';

describe('scores', () => {
  it('count each verdict, overall and per layer; a scenario crossing layers counts in each, one without kinds only overall', () => {
    const entries = [
      entry('a', 'h', 'pass', { kinds: ['platform.rate_limited', 'transport.timeout'] }),
      entry('b', 'h', 'non-strict', { kinds: ['platform.internal'] }),
      entry('c', 'h', 'fail', { kinds: ['browser.crashed'] }),
      entry('d', 'h', 'skipped', { kinds: ['agent.captcha'] }),
      entry('e', 'h', 'fail', { kinds: [] }),
      entry('a', 'other', 'pass', { kinds: ['answer.missing'] }),
    ];
    const { h, other } = scores(entries);
    expect(h!.overall).toEqual({ pass: 1, 'non-strict': 1, fail: 2, skipped: 1 });
    expect(h!.layers).toEqual({
      transport: { pass: 1, 'non-strict': 0, fail: 0, skipped: 0 },
      platform: { pass: 1, 'non-strict': 1, fail: 0, skipped: 0 },
      browser: { pass: 0, 'non-strict': 0, fail: 1, skipped: 0 },
      agent: { pass: 0, 'non-strict': 0, fail: 0, skipped: 1 },
      answer: { pass: 0, 'non-strict': 0, fail: 0, skipped: 0 },
    });
    expect(other!.layers.answer).toEqual({ pass: 1, 'non-strict': 0, fail: 0, skipped: 0 });
    expect(Object.keys(scores(entries))).toEqual(['h', 'other']);
    expect(tally([])).toEqual({ pass: 0, 'non-strict': 0, fail: 0, skipped: 0 });
  });
});

describe('rules broken most', () => {
  it('per handler, the rule broken in the most scenarios first; a rule counts once per scenario; must before should on a tie; must when any break was', () => {
    const entries = [
      entry('s1', 'h', 'fail', {
        broken: [
          { rule: 'retry-after', level: 'must', attempt: 1 },
          { rule: 'retry-after', level: 'must', attempt: 2 },
          { rule: 'backoff-jitter', level: 'should', attempt: 2 },
        ],
      }),
      entry('s2', 'h', 'fail', {
        broken: [
          { rule: 'retry-after', level: 'must', attempt: 1 },
          { rule: 'end', level: 'must', attempt: null },
        ],
      }),
      entry('s3', 'h', 'non-strict', { broken: [{ rule: 'early-give-up', level: 'should', attempt: 1 }] }),
      entry('s4', 'h', 'fail', { broken: [{ rule: 'early-give-up', level: 'must', attempt: 1 }] }),
      entry('s1', 'clean', 'pass'),
    ];
    expect(rulesBroken(entries)).toEqual({
      clean: [],
      h: [
        { rule: 'early-give-up', level: 'must', scenarios: ['s3', 's4'] },
        { rule: 'retry-after', level: 'must', scenarios: ['s1', 's2'] },
        { rule: 'end', level: 'must', scenarios: ['s2'] },
        { rule: 'backoff-jitter', level: 'should', scenarios: ['s1'] },
      ],
    });
  });
});
