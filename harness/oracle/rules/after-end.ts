import { describeDecision, describeFailure, explain } from '../describe.ts';
import type { SequenceRule, Violation } from './rule.ts';

/** Nothing happens after `accept`, `abort` or `escalate`: every attempt but the last is a retry. */
export const afterEnd: SequenceRule = {
  id: 'after-end',
  why: 'accept, abort and escalate end the scenario: nothing more may be sent',
  level: 'must',
  check: (attempts) =>
    attempts.slice(0, -1).flatMap((ended, i): Violation[] => {
      if (ended.decision.action === 'retry') return [];
      const next = attempts[i + 1]!;
      const message = explain({
        where: `attempt ${next.n}`,
        fault: ended.failure ? describeFailure(ended.failure) : 'no failure (the run succeeded)',
        decided: `${ended.failure ? describeDecision(ended.decision) : 'accept (by the harness)'} at attempt ${ended.n}, yet attempt ${next.n} was made`,
        expected: `nothing after attempt ${ended.n}`,
        rule: afterEnd,
        level: afterEnd.level,
      });
      return [{ attempt: next.n, rule: afterEnd.id, level: afterEnd.level, message }];
    }),
};
