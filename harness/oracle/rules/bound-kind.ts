import type { DecisionRule } from './rule.ts';

/** "≤N": retries of one kind are bounded; once spent, abort or escalate. */
export const boundKind: DecisionRule = {
  id: 'bound-kind',
  why: 'retries of one kind are bounded',
  check: (c) =>
    c.decision.action === 'retry' && c.retriesOfKind >= c.rule.maxRetries
      ? `abort or escalate: ${c.rule.maxRetries === 0 ? 'no retry is allowed' : `the ${c.rule.maxRetries} retr${c.rule.maxRetries === 1 ? 'y' : 'ies'} allowed`} for ${c.failure.kind}${c.rule.maxRetries === 0 ? '' : ' are spent'}`
      : null,
};
