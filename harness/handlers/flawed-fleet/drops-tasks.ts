import type { ClientHandler } from '../../contract/index.ts';
import reference from '../reference-client.ts';

/**
 * The reference fleet client with a batching bug: it keeps only the results of tasks that were
 * accepted (`results.filter(accepted)`), so every task that gave up or was escalated is silently lost.
 */
const dropsTasks: ClientHandler = {
  ...reference,
  name: 'fleet-drops-tasks',
  async runFleet(tasks, env) {
    const results = await reference.runFleet!(tasks, env);
    return results.filter((result) => result.outcome === 'accepted');
  },
};
export default dropsTasks;
