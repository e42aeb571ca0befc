import { flaw } from './flaw.ts';

/** Retries a crashed browser without asking for a fresh one. */
export default flaw('same-browser-after-crash', (decision, failure) =>
  decision.action === 'retry' && failure.layer === 'browser' && failure.provider !== 'hcompany'
    ? { ...decision, changes: [] }
    : decision,
);
