import type { DecisionRule } from './rule.ts';

/** `accept` on a failure is wrong unless the scenario allows it for that kind. */
export const acceptOnFailure: DecisionRule = {
  id: 'accept-on-failure',
  why: 'a failed run must never be accepted as if it had succeeded',
  level: 'must',
  check: (c) => (c.decision.action === 'accept' && !c.expect.acceptOn.includes(c.failure.kind) ? c.rule.says : null),
};
