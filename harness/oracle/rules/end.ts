import type { SequenceRule } from './rule.ts';

/** The scenario ends in one of the expected ways, and the handler stops by itself. */
export const end: SequenceRule = {
  id: 'end',
  why: 'the scenario must end the way its expectation says',
  check: (attempts, expect) => {
    const last = attempts[attempts.length - 1];
    if (!last) return [];
    const retries = attempts.filter((a) => a.decision.action === 'retry').length;
    if (last.decision.action === 'retry') {
      return [{ attempt: last.n, rule: 'end', message: `never stopped: the handler was still retrying after ${retries} retries and the harness cut it off; expected it to end with ${expect.end.join(' or ')} (rule end: retries are bounded)` }];
    }
    if (expect.end.includes(last.decision.action)) return [];
    return [{ attempt: last.n, rule: 'end', message: `the scenario ended with ${last.decision.action}${last.failure ? ` on ${last.failure.kind}` : ''} after ${retries} retr${retries === 1 ? 'y' : 'ies'}; expected it to end with ${expect.end.join(' or ')} (rule end: ${end.why})` }];
  },
};
