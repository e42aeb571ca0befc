import type { DecisionRule } from './rule.ts';

/** Every failure must classify as a kind the scenario expects: catches classification drift. */
export const kindExpected: DecisionRule = {
  id: 'kind-expected',
  why: 'the fault must classify as the kind the scenario is about',
  level: 'must',
  check: (c) => (c.expect.kinds.includes(c.failure.kind) ? null : `a failure of kind ${c.expect.kinds.join(' or ')}`),
};
