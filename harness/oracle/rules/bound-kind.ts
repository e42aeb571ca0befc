import type { DecisionCheck, DecisionRule } from './rule.ts';

const retries = (count: number) => `${count} retr${count === 1 ? 'y' : 'ies'}`;

/** Why no further retry is right, in words. */
function spent({ rule, failure }: DecisionCheck): string {
  if (rule.maxRetries === 0)
    return `no retry is ${rule.bound === 'should' ? 'advised' : 'allowed'} for ${failure.kind}`;
  const verb = rule.maxRetries === 1 ? 'is' : 'are';
  return `the ${retries(rule.maxRetries)} ${rule.bound === 'should' ? 'advised' : 'allowed'} for ${failure.kind} ${verb} spent`;
}

/**
 * "≤N": retries of one kind are bounded; once spent, abort or escalate. At the rule's `bound`
 * level: the oracle's advice (`should`) unless a seed or a real risk sets the bound.
 */
export const boundKind: DecisionRule = {
  id: 'bound-kind',
  why: 'retries of one kind are bounded',
  level: 'must',
  check: (c) =>
    c.decision.action === 'retry' && c.retriesOfKind >= c.rule.maxRetries
      ? { expected: `abort or escalate: ${spent(c)}`, level: c.rule.bound }
      : null,
};
