import type { Attempt } from '../../contract/index.ts';
import { describeDecision, describeFailure, explain } from '../describe.ts';
import { isGiveUp } from '../options.ts';
import type { SequenceRule } from './rule.ts';

const retriesIn = (attempts: readonly Attempt[]) => {
  const count = attempts.filter((a) => a.decision.action === 'retry').length;
  return `${count} retr${count === 1 ? 'y' : 'ies'}`;
};

/** What the last decision did to the scenario, in words. */
function decided(last: Attempt, retries: string): string {
  if (last.failure === null) return `to retry until the run succeeded (${retries}), so the harness accepted it`;
  if (last.decision.action === 'retry') return `${describeDecision(last.decision)} and never stopped: the harness cut it off after ${retries}`;
  return `${describeDecision(last.decision)}, ending the scenario after ${retries}`;
}

/**
 * The scenario ends in one of the expected ways, and the handler stops by itself. A give-up the
 * decision rules already judged (an early give-up, an escalation where abort was expected) is
 * reported once, at their level, not again here.
 */
export const end: SequenceRule = {
  id: 'end',
  why: 'the scenario must end the way its expectation says, and the handler must stop by itself',
  level: 'must',
  check: (attempts, expect, _checks, found) => {
    const last = attempts[attempts.length - 1];
    if (!last || (last.decision.action !== 'retry' && expect.end.includes(last.decision.action))) return [];
    if (last.failure && isGiveUp(last.decision) && found.some((v) => v.attempt === last.n)) return [];
    const message = explain({
      where: `attempt ${last.n}`,
      fault: last.failure ? describeFailure(last.failure) : 'no failure (the run succeeded)',
      decided: decided(last, retriesIn(attempts)),
      expected: `the scenario to end with ${expect.end.join(' or ')}`,
      rule: end,
      level: end.level,
    });
    return [{ attempt: last.n, rule: end.id, level: end.level, message }];
  },
};
