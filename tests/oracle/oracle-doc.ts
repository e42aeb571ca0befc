import { FAILURE_KINDS } from '../../harness/contract/index.ts';
import {
  DECISION_RULES,
  KindRuleSchema,
  ORACLE,
  REFINEMENTS,
  SEQUENCE_RULES,
  type DecisionOption,
  type KindRule,
} from '../../harness/oracle/index.ts';

const DELAY = {
  backoff: ', backoff',
  wait: ', after ≥ 100 ms',
  long: ', after ≥ max(Retry-After, 60 s)',
  any: '',
} as const;

/** One option in words: `retry with fresh_browser (new_proxy allowed), backoff`, `escalate to human or review`. */
function option(o: DecisionOption): string {
  if (o.action === 'escalate') return `escalate to ${o.to.join(' or ')}`;
  if (o.action !== 'retry') return o.action;
  const also = o.allow.filter((c) => !o.require.includes(c));
  const what = o.require.length ? `with ${o.require.join(' or ')}` : 'unchanged';
  return `retry ${what}${also.length ? ` (${also.join(', ')} allowed)` : ''}${DELAY[o.delay]}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');
const row = (rule: KindRule) =>
  `${cell(rule.options.map(option).join('; '))} | ${rule.level} | ${rule.options.some((o) => o.action === 'retry') || rule.maxRetries === 0 ? `≤${rule.maxRetries} (${rule.bound})` : '–'} | ${rule.retryAtLeast || '–'}`;

/**
 * The generated parts of docs/oracle.md: the oracle table (one row per kind), the refinements, and
 * the judgement rules with their levels, rendered from `ORACLE`, `REFINEMENTS` and the rule lists.
 */
export function generatedSections(): Record<'oracle-table' | 'refinements' | 'rules', string> {
  const table = [
    '| kind | the oracle expects | decisions that pass | level of any other decision | retry bound (its level) | retries the seed asks for |',
    '| --- | --- | --- | --- | --- | --- |',
    ...FAILURE_KINDS.map(
      (kind) =>
        `| \`${kind}\` | ${cell(KindRuleSchema.parse(ORACLE[kind]).says)} | ${row(KindRuleSchema.parse(ORACLE[kind]))} |`,
    ),
  ];
  const refinements = [
    '| kind | when the failure has | the oracle expects | decisions that pass | level of any other decision | retry bound (its level) | retries the seed asks for |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...REFINEMENTS.map(
      (r) =>
        `| \`${r.kind}\` | ${cell(r.matches)} | ${cell(KindRuleSchema.parse(r.rule).says)} | ${row(KindRuleSchema.parse(r.rule))} |`,
    ),
  ];
  const rules = [
    '| rule | judged on | level | why |',
    '| --- | --- | --- | --- |',
    ...DECISION_RULES.map((r) => `| \`${r.id}\` | each decision | ${r.level} | ${cell(r.why)} |`),
    ...SEQUENCE_RULES.map((r) => `| \`${r.id}\` | the whole run | ${r.level} | ${cell(r.why)} |`),
  ];
  return { 'oracle-table': table.join('\n'), refinements: refinements.join('\n'), rules: rules.join('\n') };
}
