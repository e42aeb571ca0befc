import { layerOf, type Attempt, type Decision, type Failure, type FailureKind } from '../../harness/contract/index.ts';

/** A failure of `kind` with the given signals. */
export function failure(kind: FailureKind, fields: Partial<Failure> = {}): Failure {
  return {
    kind,
    layer: layerOf(kind),
    provider: 'webcompute',
    retryable: null,
    retryAfterMs: null,
    next: null,
    status: null,
    code: null,
    message: kind,
    raw: null,
    ...fields,
  };
}

export const retry = (
  delayMs: number,
  ...changes: NonNullable<Extract<Decision, { action: 'retry' }>['changes']>
): Decision => ({ action: 'retry', delayMs, changes });
export const abort: Decision = { action: 'abort', reason: 'gave up' };
export const escalate = (to: 'human' | 'credentials' | 'review'): Decision => ({
  action: 'escalate',
  to,
  reason: 'needs someone',
});
export const accept: Decision = { action: 'accept' };

/** Attempts for a sequence of [failure, decision] pairs; `success` appends the harness's accept. */
export function attempts(steps: Array<[Failure, Decision]>, success = false): Attempt[] {
  let at = 0;
  const out: Attempt[] = steps.map(([f, decision], i) => {
    const attempt = { n: i + 1, failure: f, decision, atMs: at };
    if (decision.action === 'retry') at += decision.delayMs;
    return attempt;
  });
  if (success) out.push({ n: out.length + 1, failure: null, decision: accept, atMs: at });
  return out;
}
