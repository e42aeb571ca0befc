import { MAX_RETRIES_PER_SCENARIO, type DecisionRule } from './rule.ts';

/** At most 10 retries per scenario, across all kinds. */
export const boundTotalRetries: DecisionRule = {
  id: 'bound-total-retries',
  why: `a scenario allows at most ${MAX_RETRIES_PER_SCENARIO} retries in all`,
  level: 'must',
  check: (c) =>
    c.decision.action === 'retry' && c.totalRetries >= MAX_RETRIES_PER_SCENARIO
      ? `abort or escalate: ${MAX_RETRIES_PER_SCENARIO} retries are spent`
      : null,
};
