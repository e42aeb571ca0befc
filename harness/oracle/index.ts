export { judge, ruleFor } from './judge.ts';
export { describeDecision, describeFailure, explain, formatMs } from './describe.ts';
export type { Explanation } from './describe.ts';
export { ORACLE } from './table.ts';
export { REFINEMENTS } from './refine.ts';
export { DECISION_RULES, SEQUENCE_RULES } from './rules/index.ts';
export type { Violation } from './rules/index.ts';
export * from './schema.ts';
