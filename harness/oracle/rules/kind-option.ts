import { matchesOption, optionObeysFlags } from '../options.ts';
import { boundSpent, type DecisionRule } from './rule.ts';

/**
 * The decision is one the kind's rule allows. Once the kind's retries are spent any abort or
 * escalation is right (retries are judged by the bound rules); accept is judged on its own;
 * when no option of the kind can obey the provider's flags, the flag rules alone decide.
 */
export const kindOption: DecisionRule = {
  id: 'kind-option',
  why: 'the decision must be one the oracle expects for this kind of failure',
  check: (c) => {
    if (c.decision.action === 'accept') return null;
    if (boundSpent(c)) return null;
    if (!c.rule.options.some((option) => optionObeysFlags(option, c.failure))) return null;
    return c.rule.options.some((option) => matchesOption(c.decision, option)) ? null : c.rule.says;
  },
};
