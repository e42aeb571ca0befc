import type { FleetRule } from './fleet-rule.ts';

/**
 * Every task ends (accepted, escalated, or given up with a reason) and none is lost: the client
 * returns one result per task, and no task is reported accepted without a run of its own.
 */
export const everyTaskEnds: FleetRule = {
  id: 'fleet-every-task-ends',
  why: 'A task the client drops is work silently lost: the user believes it ran. Every task must end in a result the user can act on.',
  level: 'must',
  check({ attempts, tasks, results }) {
    if (!results) return [`the client returned no list of results: all ${tasks} tasks are lost`];
    const problems: string[] = [];
    if (results.length !== tasks) problems.push(`the client returned ${results.length} results for ${tasks} tasks`);
    const missing = Array.from({ length: tasks }, (_, i) => i).filter((i) => !results[i]);
    if (missing.length) problems.push(`${missing.length} of ${tasks} tasks have no result (lost): ${list(missing)}`);
    const ran = new Set(attempts.filter((a) => a.succeeded).map((a) => a.task));
    const phantom = results.flatMap((result, i) => (result?.outcome === 'accepted' && !ran.has(i) ? [i] : []));
    if (phantom.length)
      problems.push(
        `${phantom.length} tasks are reported accepted although none of their runs succeeded: ${list(phantom)}`,
      );
    const orphans = attempts.filter((a) => a.task === null).length;
    if (orphans) problems.push(`${orphans} runs name no fleet task in their prompt, so they cannot be told apart`);
    return problems;
  },
};

function list(indexes: readonly number[]): string {
  const shown = indexes
    .slice(0, 10)
    .map((i) => `task ${i + 1}`)
    .join(', ');
  return indexes.length > 10 ? `${shown}, …` : shown;
}
