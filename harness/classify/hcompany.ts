import type { FailureKind } from '../contract/index.ts';
import type { Classification, ClassifyOptions } from './native.ts';
import type { ProviderClassifier } from './provider.ts';
import { checkAnswer } from './shared/answer-check.ts';
import { describeJson, isRecord, stringField } from './shared/body.ts';
import { kindOfCode } from './shared/codes.ts';
import { failed } from './shared/failure.ts';
import { fromErrorBody, malformed, type ReadResponse } from './shared/http.ts';
import { isSuccessStatus, type StatusMeanings } from './shared/status.ts';

/** H Company `error_code` → kind (seed 000, "Error codes"). Unknown codes are handled like `internal`. */
export const HCOMPANY_ERROR_CODES: Record<string, FailureKind> = {
  environment_error: 'browser.crashed',
  no_answer: 'agent.out_of_budget',
  answer_validation: 'answer.schema_mismatch',
  timeout: 'agent.timed_out',
  internal: 'platform.internal',
};

/**
 * What H Company's public reference says its HTTP error statuses mean where that is narrower than
 * their general meaning. H sends no machine code on HTTP errors (`{"detail": "…"}`), so the status
 * is its most specific signal:
 * - 429: "These are concurrency limits (how many sessions can be active at once), not
 *   request-rate limits" (hub.hcompany.ai/agent-api/rate-limits).
 * - 409: "Resource already exists, or an identical idempotent request is still in flight"
 *   (hub.hcompany.ai/agent-api/errors); the first cause is a duplicate agent name, which no run
 *   meets, so a 409 a run meets is a request whose `Idempotency-Key` is still being processed.
 */
export const HCOMPANY_STATUSES: StatusMeanings = {
  409: 'platform.idempotency_in_flight',
  429: 'platform.concurrency_limit',
};

/** H Company `outcome` → kind for a completed session that did not succeed (seed 000, "Outcomes"). */
export const HCOMPANY_OUTCOMES: Record<string, FailureKind> = {
  partial: 'agent.partial',
  infeasible: 'agent.infeasible',
  blocked: 'agent.blocked',
};

/** What a `blocked` outcome's answer or error text says stopped the agent (the seed: login wall, captcha, permissions). Checked in order. */
const BLOCKED_BY: Array<[RegExp, FailureKind]> = [
  [/captcha|not a robot/i, 'agent.captcha'],
  [/\blog(?:ged)?[ -]?in\b|\bsign(?:ed)?[ -]?in\b|credential|password|authenticat/i, 'agent.login_required'],
  [/permission|access denied|forbidden|not allowed/i, 'agent.access_denied'],
];

const TERMINAL_FAILURES = new Set(['failed', 'timed_out']);
const PENDING = new Set(['pending', 'queued', 'starting', 'running', 'idle', 'waiting']);

function classifySession(session: Record<string, unknown>, raw: unknown, options: ClassifyOptions): Classification {
  const status = stringField(session, 'status')!;
  const errorCode = stringField(session, 'error_code');
  const message = stringField(session, 'error') ?? status;
  if (TERMINAL_FAILURES.has(status)) {
    if (errorCode)
      return failed(
        'hcompany',
        kindOfCode(HCOMPANY_ERROR_CODES, errorCode),
        { code: errorCode, message, raw },
        options,
      );
    return failed(
      'hcompany',
      status === 'timed_out' ? 'agent.timed_out' : 'platform.internal',
      { code: status, message, raw },
      options,
    );
  }
  if (status === 'completed') {
    const outcome = session.outcome;
    if (outcome === 'success') return checkAnswer('hcompany', session.answer, raw, options, 'success');
    if (typeof outcome !== 'string')
      return failed('hcompany', 'agent.partial', { code: null, message: 'completed without an outcome', raw }, options);
    // An unknown outcome is read like `partial`: inspect before trusting (seed 000's switch default).
    const kind =
      (outcome === 'blocked' ? blockedBy(session) : null) ?? kindOfCode(HCOMPANY_OUTCOMES, outcome, 'agent.partial');
    return failed('hcompany', kind, { code: outcome, message: `completed with outcome ${outcome}`, raw }, options);
  }
  if (PENDING.has(status)) return { state: 'pending', status };
  return failed(
    'hcompany',
    'platform.internal',
    { code: status, message: `unknown session status ${status}`, raw },
    options,
  );
}

/** The obstacle a `blocked` session's answer or error text names, or null when it names none. */
function blockedBy(session: Record<string, unknown>): FailureKind | null {
  const text = [session.answer, session.error].map(asText).join(' ');
  return BLOCKED_BY.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** A string as is, any other JSON value serialized (an answer may be structured); '' when it cannot be. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/**
 * H Company Agents API (seed 000): session status objects (`status`, `error_code`, `error`,
 * `outcome`, `answer`), also as `{ session: {…} }`, and HTTP errors (`{"detail": …}`,
 * 401 `{"message": …}`) read by their status as H documents it ({@link HCOMPANY_STATUSES}).
 */
export const hcompany: ProviderClassifier = {
  response(response: ReadResponse, options) {
    if (!isSuccessStatus(response.status) && response.status !== null)
      return fromErrorBody('hcompany', response, options, HCOMPANY_STATUSES);
    const body = isRecord(response.json) && isRecord(response.json.session) ? response.json.session : response.json;
    if (!isRecord(body) || typeof body.status !== 'string') {
      return malformed(
        'hcompany',
        response,
        `expected a session object with a string "status", got ${describeJson(body)}`,
        options,
      );
    }
    return classifySession(body, response.raw, options);
  },
  thrown: () => null,
  statuses: HCOMPANY_STATUSES,
};
