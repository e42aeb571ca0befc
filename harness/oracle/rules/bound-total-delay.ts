import { formatMs } from '../describe.ts';
import { MAX_TOTAL_DELAY_MS, type DecisionCheck, type DecisionRule } from './rule.ts';

function expected(c: DecisionCheck): string {
  const left = MAX_TOTAL_DELAY_MS - c.delaySoFarMs;
  const waited = `the earlier retries already waited ${formatMs(c.delaySoFarMs)}`;
  return left > 0
    ? `abort or escalate, or a retry after ≤ ${formatMs(left)} (${waited})`
    : `abort or escalate (${waited})`;
}

/** At most 3 h of total (virtual) delay per scenario: a retry that would pass it is wrong. */
export const boundTotalDelay: DecisionRule = {
  id: 'bound-total-delay',
  why: `a scenario allows at most ${formatMs(MAX_TOTAL_DELAY_MS)} (3 h) of total delay`,
  level: 'must',
  check: (c) =>
    c.decision.action === 'retry' && c.delaySoFarMs + c.decision.delayMs > MAX_TOTAL_DELAY_MS ? expected(c) : null,
};
