import type { Decision } from '../../contract/index.ts';
import type { DecisionRule } from './rule.ts';

/** What each `next` value of a provider allows, and how to say it. */
const NEXT: Record<string, { allows: (d: Decision) => boolean; says: string }> = {
  abort: { allows: (d) => d.action === 'abort' || d.action === 'escalate', says: 'abort or escalate' },
  authenticate: {
    allows: (d) =>
      (d.action === 'retry' && d.changes.includes('refresh_credentials')) ||
      (d.action === 'escalate' && d.to === 'credentials'),
    says: 'a retry with refresh_credentials, or escalate to credentials',
  },
  change_request: {
    allows: (d) =>
      d.action === 'abort' ||
      (d.action === 'escalate' && d.to === 'review') ||
      (d.action === 'retry' && d.changes.length > 0),
    says: 'abort, escalate for review, or a retry with at least one change',
  },
};

/** The provider's `next` (`abort`, `authenticate`, `change_request`) is obeyed. */
export const flagNext: DecisionRule = {
  id: 'flag-next',
  why: 'the provider said what to do next',
  level: 'must',
  check: (c) => {
    const next = c.failure.next === null ? undefined : NEXT[c.failure.next];
    return next && !next.allows(c.decision) ? `${next.says} (the provider said next: ${c.failure.next})` : null;
  },
};
