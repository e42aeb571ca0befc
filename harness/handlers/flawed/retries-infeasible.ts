import { flaw, RETRY_AS_IS } from './flaw.ts';

/** Retries a task the agent found infeasible, as if it were transient. */
export default flaw('retries-infeasible', (decision, failure) =>
  failure.kind === 'agent.infeasible' || failure.kind === 'agent.not_found' ? RETRY_AS_IS : decision,
);
