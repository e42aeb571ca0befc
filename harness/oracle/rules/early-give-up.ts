import { isGiveUp, matchesOption } from '../options.ts';
import { boundSpent, retryOffered, type DecisionCheck, type DecisionRule } from './rule.ts';

const retries = (count: number) => `${count} retr${count === 1 ? 'y' : 'ies'}`;

function expected(c: DecisionCheck, owed: boolean): string {
  if (owed)
    return `a retry: the seed says to retry ${c.failure.kind} at least ${c.rule.retryAtLeast === 1 ? 'once' : `${c.rule.retryAtLeast} times`}`;
  return `a retry: ${retries(c.retriesOfKind)} of the ${c.rule.maxRetries} allowed for ${c.failure.kind} used, and a bound is a maximum`;
}

/**
 * Giving up on a kind whose rule offers a retry, before its bound is spent: a weaker choice, not a
 * broken one (`should`), unless the seed says to retry at least so often (`must`, e.g. H Company's
 * `environment_error`: "Yes, as is").
 */
export const earlyGiveUp: DecisionRule = {
  id: 'early-give-up',
  why: 'a retryable failure is worth its retries; the seed asks for some of them',
  level: 'should',
  check: (c) => {
    if (!isGiveUp(c.decision) || boundSpent(c) || !retryOffered(c)) return null;
    if (c.rule.options.some((option) => matchesOption(c.decision, option))) return null;
    const owed = c.retriesOfKind < c.rule.retryAtLeast;
    return { expected: expected(c, owed), level: owed ? 'must' : 'should' };
  },
};
