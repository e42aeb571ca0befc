import type { Change, TaskSpec } from '../contract/index.ts';

const BUDGET_FACTOR = 2;

/** How each change alters the task for the next attempt (`fresh_browser` changes the browser, not the task). */
const APPLY: Record<Change, (task: TaskSpec, attempt: number) => TaskSpec> = {
  fresh_browser: (task) => task,
  refresh_credentials: (task) => task,
  new_proxy: (task, attempt) => ({ ...task, proxy: `http://127.0.0.1:0/proxy-${attempt + 1}` }),
  raise_budget: (task) => ({
    ...task,
    budget: { maxSteps: task.budget.maxSteps * BUDGET_FACTOR, maxTimeS: task.budget.maxTimeS * BUDGET_FACTOR },
  }),
  narrow_task: (task) => ({ ...task, prompt: `${task.prompt} (only the requested field)` }),
  simplify_schema: (task) => ({ ...task, answerSchema: simplifySchema(task.answerSchema) }),
};

/**
 * The task for the next attempt once a retry's changes are made.
 *
 * @example
 * applyChanges(task, ['raise_budget'], 1).budget.maxSteps; // twice the old one
 */
export function applyChanges(task: TaskSpec, changes: readonly Change[], attempt: number): TaskSpec {
  return changes.reduce((next, change) => APPLY[change](next, attempt), task);
}

function simplifySchema(schema: TaskSpec['answerSchema']): TaskSpec['answerSchema'] {
  if (!schema) return schema;
  const { required: _required, additionalProperties: _closed, ...rest } = schema;
  return rest;
}
