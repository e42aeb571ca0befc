import type { Attempt } from '../../contract/index.ts';
import { describeDecision, describeFailure, explain } from '../describe.ts';
import type { Level } from '../schema.ts';
import { isGiveUp, matchesOption } from '../options.ts';
import { boundSpent, type DecisionCheck, type SequenceRule, type Violation } from './rule.ts';

const retriesIn = (attempts: readonly Attempt[]) => {
  const count = attempts.filter((a) => a.decision.action === 'retry').length;
  return `${count} retr${count === 1 ? 'y' : 'ies'}`;
};

/** What the last decision did to the scenario, in words. */
function decided(last: Attempt, retries: string): string {
  if (last.failure === null) return `to retry until the run succeeded (${retries}), so the harness accepted it`;
  if (last.decision.action === 'retry')
    return `${describeDecision(last.decision)} and never stopped: the harness cut it off after ${retries}`;
  return `${describeDecision(last.decision)}, ending the scenario after ${retries}`;
}

/**
 * How binding an unexpected ending is, or null when a decision rule already reported why the run
 * ended there (a give-up judged early or wrong, a retry past a bound or against a flag that led to
 * an unexpected success). A give-up the oracle allows for that failure (one of its options, or any
 * once its bound is spent), where the scenario hoped for another ending, is a weaker choice
 * (`should`); a handler that never stops is a `must`.
 */
function endLevel(last: Attempt, checks: readonly DecisionCheck[], found: readonly Violation[]): Level | null {
  if (last.decision.action === 'retry') return 'must';
  if (last.failure === null) return found.length ? null : 'must';
  if (found.some((v) => v.attempt === last.n)) return null;
  const check = checks.find((c) => c.n === last.n);
  const allowed =
    check &&
    isGiveUp(last.decision) &&
    (boundSpent(check) || check.rule.options.some((option) => matchesOption(last.decision, option)));
  return allowed ? 'should' : 'must';
}

/**
 * The scenario ends in one of the expected ways, and the handler stops by itself. An ending the
 * decision rules already explain is reported once, by them, at their level.
 */
export const end: SequenceRule = {
  id: 'end',
  why: 'the scenario must end the way its expectation says, and the handler must stop by itself',
  level: 'must',
  check: (attempts, expect, checks, found) => {
    const last = attempts[attempts.length - 1];
    if (!last || (last.decision.action !== 'retry' && expect.end.includes(last.decision.action))) return [];
    const level = endLevel(last, checks, found);
    if (level === null) return [];
    const message = explain({
      where: `attempt ${last.n}`,
      fault: last.failure ? describeFailure(last.failure) : 'no failure (the run succeeded)',
      decided: decided(last, retriesIn(attempts)),
      expected: `the scenario to end with ${expect.end.join(' or ')}`,
      rule: end,
      level,
    });
    return [{ attempt: last.n, rule: end.id, level, message }];
  },
};
