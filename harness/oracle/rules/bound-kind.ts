import { DEFAULT_MAX_RETRIES, type DecisionCheck, type DecisionRule } from './rule.ts';

const retries = (count: number) => `${count} retr${count === 1 ? 'y' : 'ies'}`;

/** Why no further retry is right, in words. */
function spent({ rule, failure, retriesOfKind }: DecisionCheck, hard: boolean): string {
  if (rule.bound === 'should' && hard) return `${retries(retriesOfKind)} of ${failure.kind} is past the bound of ${Math.max(rule.maxRetries, DEFAULT_MAX_RETRIES)} every kind has`;
  if (rule.maxRetries === 0) return `no retry is ${rule.bound === 'should' ? 'advised' : 'allowed'} for ${failure.kind}`;
  const verb = rule.maxRetries === 1 ? 'is' : 'are';
  return `the ${retries(rule.maxRetries)} ${rule.bound === 'should' ? 'advised' : 'allowed'} for ${failure.kind} ${verb} spent`;
}

/**
 * "≤N": retries of one kind are bounded; once spent, abort or escalate. A `should` bound (the
 * oracle's advice, such as `internal` retried once) is a `must` past the default bound of 3.
 */
export const boundKind: DecisionRule = {
  id: 'bound-kind',
  why: 'retries of one kind are bounded',
  level: 'must',
  check: (c) => {
    if (c.decision.action !== 'retry' || c.retriesOfKind < c.rule.maxRetries) return null;
    const hard = c.rule.bound === 'must' || c.retriesOfKind >= Math.max(c.rule.maxRetries, DEFAULT_MAX_RETRIES);
    return { expected: `abort or escalate: ${spent(c, hard)}`, level: hard ? 'must' : 'should' };
  },
};
