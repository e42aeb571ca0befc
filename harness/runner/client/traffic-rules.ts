import type { AttemptRecord } from '../../../mocks/simulator/attempts.ts';
import type { Exchange } from '../../../mocks/simulator/traffic.ts';

/**
 * The rules only traffic shows, in plain words naming the requests: a create resent after its
 * answer was lost carries the same `Idempotency-Key`; polling stops once a poll showed the end.
 *
 * @example
 * trafficProblems(sim.core.attempts, sim.core.traffic.exchanges);
 */
export function trafficProblems(records: readonly AttemptRecord[], exchanges: readonly Exchange[]): string[] {
  const problems: string[] = [];
  for (const [index, record] of records.entries()) {
    const next = records[index + 1];
    const lost = record.served && 'network' in record.served;
    if (lost && next && (!record.idempotencyKey || next.idempotencyKey !== record.idempotencyKey)) {
      const sent = record.idempotencyKey
        ? `Idempotency-Key ${next.idempotencyKey ?? '(none)'} instead of ${record.idempotencyKey}`
        : 'no Idempotency-Key on either';
      const consequence =
        record.fate.type === 'lost' ? ': the platform had already started the first run, so two runs now exist' : '';
      problems.push(
        `request ${next.seq} (${describe(exchanges, next.seq)}) resent a create whose answer was lost with ${sent}${consequence}`,
      );
    }
    if (record.pollsAfterEnd > 0) {
      problems.push(
        `attempt ${record.n}: the client kept polling run ${record.runId} ${record.pollsAfterEnd} more time${record.pollsAfterEnd === 1 ? '' : 's'} after a poll showed it had ended`,
      );
    }
  }
  return problems;
}

/**
 * Requests sent after the client returned: a client that gave up must stop.
 *
 * @example
 * afterReturnProblems(sim.core.traffic.exchanges.slice(countAtReturn));
 */
export function afterReturnProblems(late: readonly Exchange[]): string[] {
  return late.map(
    (e) => `request ${e.seq} (${e.method} ${e.path}) was sent ${e.atMs} ms into the run, after the client had returned`,
  );
}

function describe(exchanges: readonly Exchange[], seq: number): string {
  const e = exchanges[seq - 1];
  return e ? `${e.method} ${e.path}` : `#${seq}`;
}
