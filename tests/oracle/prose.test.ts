import { describe, expect, it } from 'vitest';
import { ORACLE, REFINEMENTS, KindRuleSchema, type KindRule } from '../../harness/oracle/index.ts';

/** Every rule the oracle holds: each kind's row and each refinement, with a name for the test. */
const RULES: Array<[string, KindRule]> = [
  ...Object.entries(ORACLE).map(([kind, rule]): [string, KindRule] => [kind, KindRuleSchema.parse(rule)]),
  ...REFINEMENTS.map((r): [string, KindRule] => [`${r.kind} (${r.matches})`, KindRuleSchema.parse(r.rule)]),
];

/** What a rule's `says` must mention, read from its data. */
function mentions(rule: KindRule): RegExp[] {
  const wanted: RegExp[] = [];
  for (const option of rule.options) {
    if (option.action === 'abort') wanted.push(/abort/);
    if (option.action === 'escalate')
      wanted.push(/escalat/, ...option.to.map((to) => new RegExp(to === 'human' ? 'human' : to)));
    if (option.action === 'retry') {
      wanted.push(/retry/, ...option.require.map((change) => new RegExp(change)));
      if (option.delay === 'backoff') wanted.push(/backoff/);
      if (option.delay === 'long') wanted.push(/60 s/);
      if (option.delay === 'wait') wanted.push(/≥ 100 ms/);
    }
  }
  if (rule.options.some((o) => o.action === 'retry'))
    wanted.push(rule.maxRetries === 1 ? /once|one retry|≤1/ : new RegExp(`≤${rule.maxRetries}`));
  if (rule.maxRetries === 0) wanted.push(/no automatic retry/);
  if (rule.retryAtLeast === 1) wanted.push(/at least once/);
  return wanted;
}

describe("issue 13: the oracle's prose for each kind is tested against its data", () => {
  it.each(RULES)('%s', (_name, rule) => {
    for (const words of mentions(rule)) expect(rule.says).toMatch(words);
  });

  it.each(RULES.filter(([, rule]) => /never (retry )?unchanged/.test(rule.says)))(
    '%s: "never unchanged" offers no unchanged retry',
    (_name, rule) => {
      expect(rule.options.some((o) => o.action === 'retry' && o.require.length === 0)).toBe(false);
    },
  );
});
