import { flaw } from './flaw.ts';

/** Retries a run that ran out of budget with the same budget. */
export default flaw('never-raises-budget', (decision, failure) =>
  decision.action === 'retry' && (failure.kind === 'agent.out_of_budget' || failure.kind === 'agent.timed_out')
    ? { ...decision, changes: [] }
    : decision,
);
