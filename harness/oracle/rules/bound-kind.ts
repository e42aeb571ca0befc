import type { DecisionCheck, DecisionRule } from './rule.ts';

function spent({ rule, failure }: DecisionCheck): string {
  if (rule.maxRetries === 0) return `no retry is allowed for ${failure.kind}`;
  return rule.maxRetries === 1
    ? `the 1 retry allowed for ${failure.kind} is spent`
    : `the ${rule.maxRetries} retries allowed for ${failure.kind} are spent`;
}

/** "≤N": retries of one kind are bounded; once spent, abort or escalate. */
export const boundKind: DecisionRule = {
  id: 'bound-kind',
  why: 'retries of one kind are bounded',
  check: (c) => (c.decision.action === 'retry' && c.retriesOfKind >= c.rule.maxRetries ? `abort or escalate: ${spent(c)}` : null),
};
