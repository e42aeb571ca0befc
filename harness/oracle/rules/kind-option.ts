import { isGiveUp, matchesOption, optionObeysFlags } from '../options.ts';
import { boundSpent, retryOffered, type DecisionRule } from './rule.ts';

/**
 * The decision is one the kind's rule allows, at the rule's level. Once the kind's retries are
 * spent any abort or escalation is right (retries are judged by the bound rules); accept is judged
 * on its own; when no option of the kind can obey the provider's flags, the flag rules alone decide.
 * Giving up where a retry is offered is the early-give-up rule's to grade; an escalation where
 * another ending was expected is a `should`: a case handed to someone is never worse than one dropped.
 */
export const kindOption: DecisionRule = {
  id: 'kind-option',
  why: 'the decision must be one the oracle expects for this kind of failure',
  level: 'must',
  check: (c) => {
    if (c.decision.action === 'accept' || boundSpent(c)) return null;
    if (!c.rule.options.some((option) => optionObeysFlags(option, c.failure))) return null;
    if (c.rule.options.some((option) => matchesOption(c.decision, option))) return null;
    if (isGiveUp(c.decision) && retryOffered(c)) return null;
    return { expected: c.rule.says, level: c.decision.action === 'escalate' ? 'should' : c.rule.level };
  },
};
