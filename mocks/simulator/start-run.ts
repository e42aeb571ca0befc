import type { AttemptRecord } from './attempts.ts';
import type { SimulatorCore } from './core.ts';
import type { RunRequest } from './fates.ts';
import type { IdempotencyStore } from './idempotency.ts';
import type { Reply } from './reply.ts';
import type { Exchange } from './traffic.ts';

/** What a platform does once a run-starting request is accepted. */
export interface RunStart {
  core: SimulatorCore;
  keys: IdempotencyStore;
  exchange: Exchange;
  request: RunRequest;
  body: unknown;
  /** Virtual ms the platform works on the request before answering (a resend meanwhile gets 409). */
  workMs?: number;
  /** Creates the run for an attempt whose fate is a run, and returns the accepted answer. */
  accept(attempt: AttemptRecord): Reply;
  /**
   * A replay delivered the run of `original` again: by default the replayed answer shows the end
   * (synchronous platforms); platforms that poll hand the run over to the replay instead.
   */
  replayed?(replay: AttemptRecord, original: AttemptRecord): void;
}

/**
 * The run-starting request every simulator shares: idempotent replay or refusal, then a new
 * attempt whose fate is drawn: answered at once with an error, accepted as a run, or accepted
 * and then lost on the wire.
 *
 * @example
 * return startRun({ core, keys, exchange, request, body, accept: (attempt) => json(201, createSession(attempt)) });
 */
export async function startRun(start: RunStart): Promise<Reply> {
  const { core, exchange, request } = start;
  const refused = await core.admit(exchange);
  if (refused) {
    // A platform-wide refusal (outage, rate or concurrency limit) ends the attempt at once; its key is not spent.
    const attempt = await core.startAttempt(exchange, request, exchange.idempotencyKey, { type: 'reply', ...refused });
    core.observe(attempt, served(refused.reply));
    return refused.reply;
  }
  try {
    return await startAdmitted(start);
  } finally {
    core.finished();
  }
}

async function startAdmitted({
  core,
  keys,
  exchange,
  request,
  body,
  accept,
  replayed,
  workMs = 0,
}: RunStart): Promise<Reply> {
  const key = exchange.idempotencyKey;
  const check = key ? keys.check(key, body) : { type: 'new' as const };
  if (check.type === 'conflict') {
    const detail =
      check.why === 'in_flight'
        ? `A request with Idempotency-Key ${key} is still being processed`
        : `Idempotency-Key ${key} was already used with a different request body`;
    core.misuse.push(`${exchange.method} ${exchange.path} (request ${exchange.seq}): ${detail}`);
    return check.why === 'in_flight' ? core.options.errors.inFlight(detail) : core.options.errors.keyReused(detail);
  }
  if (check.type === 'replay' && core.options.fates.peek?.()?.wire) {
    // The resend meets the wire's next fault: its answer is lost too; the run stays the first one.
    const again = await core.startAttempt(exchange, request, key);
    again.runId = check.attempt.runId;
    again.replayOf = check.attempt.n;
    const network = again.fate.type === 'reply' && 'network' in again.fate.reply ? again.fate.reply.network : 'reset';
    core.observe(again, { network });
    return { network };
  }
  if (check.type === 'replay') {
    const original = check.attempt;
    const replay = await core.startAttempt(exchange, request, key, {
      type: 'final',
      fault: 'replay',
      body: 'body' in original.fate ? original.fate.body : {},
    });
    replay.replayOf = original.n;
    replay.runId = original.runId;
    if (replayed) replayed(replay, original);
    else core.observe(replay, served(check.reply));
    return check.reply;
  }
  if (key) keys.begin(key, body);
  if (workMs) await core.park(workMs);
  const attempt = await core.startAttempt(exchange, request, key);
  const { fate } = attempt;
  if (fate.type === 'reply') {
    core.observe(attempt, served(fate.reply));
    if (key) keys.finish(key, undefined, attempt);
    return fate.reply;
  }
  const reply = accept(attempt);
  if (key) keys.finish(key, reply, attempt);
  if (fate.type === 'lost') {
    core.observe(attempt, { network: 'reset' });
    return { network: 'reset' };
  }
  return reply;
}

/**
 * Hands a synchronous run's answer to the client (Webcompute, the problem API): when the run ended
 * (its fate is a final body), the answer itself is what shows the client how.
 *
 * @example
 * accept: (attempt) => answerEnd(core, attempt, json(200, attempt.fate.type === 'final' ? attempt.fate.body : {})),
 */
export function answerEnd(core: SimulatorCore, attempt: AttemptRecord, reply: Reply): Reply {
  if (attempt.fate.type === 'final') core.observe(attempt, served(reply));
  return reply;
}

/** The reply as the client received it. */
export function served(reply: Reply): NonNullable<AttemptRecord['served']> {
  if ('network' in reply) return { network: reply.network };
  const body = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
  return {
    status: reply.status,
    headers: { ...(reply.text === undefined && { 'content-type': 'application/json' }), ...reply.headers },
    body,
  };
}
