import type { FailureKind } from '../contract/index.ts';
import type { Classification, ClassifyOptions } from './native.ts';
import type { ProviderClassifier } from './provider.ts';
import { checkAnswer } from './shared/answer-check.ts';
import { describeJson, isRecord, stringField } from './shared/body.ts';
import { failed } from './shared/failure.ts';
import { fromErrorBody, malformed, type ReadResponse } from './shared/http.ts';
import { isSuccessStatus } from './shared/status.ts';

/** H Company `error_code` → kind (seed 000, "Error codes"). Unknown codes are handled like `internal`. */
export const HCOMPANY_ERROR_CODES: Record<string, FailureKind> = {
  environment_error: 'browser.crashed',
  no_answer: 'agent.out_of_budget',
  answer_validation: 'answer.schema_mismatch',
  timeout: 'agent.timed_out',
  internal: 'platform.internal',
};

/** H Company `outcome` → kind for a completed session that did not succeed (seed 000, "Outcomes"). */
export const HCOMPANY_OUTCOMES: Record<string, FailureKind> = {
  partial: 'agent.partial',
  infeasible: 'agent.infeasible',
  blocked: 'agent.blocked',
};

/** What a `blocked` outcome's answer or error text says stopped the agent (the seed: login wall, captcha, permissions). */
const BLOCKED_BY: Array<[RegExp, FailureKind]> = [
  [/captcha|recaptcha|hcaptcha|not a robot/i, 'agent.captcha'],
  [/log ?in|sign ?in|credential|password|authenticat/i, 'agent.login_required'],
  [/permission|access denied|forbidden|not allowed/i, 'agent.access_denied'],
];

const TERMINAL_FAILURES = new Set(['failed', 'timed_out']);
const PENDING = new Set(['pending', 'queued', 'starting', 'running', 'idle', 'waiting']);

function classifySession(session: Record<string, unknown>, raw: unknown, options: ClassifyOptions): Classification {
  const status = stringField(session, 'status')!;
  const errorCode = stringField(session, 'error_code');
  const message = stringField(session, 'error') ?? status;
  if (TERMINAL_FAILURES.has(status)) {
    if (errorCode) return failed('hcompany', HCOMPANY_ERROR_CODES[errorCode] ?? 'platform.internal', { code: errorCode, message, raw }, options);
    return failed('hcompany', status === 'timed_out' ? 'agent.timed_out' : 'platform.internal', { code: status, message, raw }, options);
  }
  if (status === 'completed') {
    const outcome = session.outcome;
    if (outcome === 'success') return checkAnswer('hcompany', session.answer, raw, options, 'success');
    if (typeof outcome !== 'string') return failed('hcompany', 'agent.partial', { code: null, message: 'completed without an outcome', raw }, options);
    const kind = outcome === 'blocked' ? blockedBy(session) : HCOMPANY_OUTCOMES[outcome] ?? 'agent.partial';
    return failed('hcompany', kind, { code: outcome, message: `completed with outcome ${outcome}`, raw }, options);
  }
  if (PENDING.has(status)) return { state: 'pending', status };
  return failed('hcompany', 'platform.internal', { code: status, message: `unknown session status ${status}`, raw }, options);
}

function blockedBy(session: Record<string, unknown>): FailureKind {
  const text = [session.answer, session.error, session.outcome_reason].map((v) => (typeof v === 'string' ? v : JSON.stringify(v ?? ''))).join(' ');
  return BLOCKED_BY.find(([pattern]) => pattern.test(text))?.[1] ?? 'agent.blocked';
}

/**
 * H Company Agents API (seed 000): session status objects (`status`, `error_code`, `error`,
 * `outcome`, `answer`), also as `{ session: {…} }`, and HTTP errors (`{"detail": …}`,
 * 401 `{"message": …}`).
 */
export const hcompany: ProviderClassifier = {
  response(response: ReadResponse, options) {
    if (!isSuccessStatus(response.status) && response.status !== null) return fromErrorBody('hcompany', response, options);
    const body = isRecord(response.json) && isRecord(response.json.session) ? response.json.session : response.json;
    if (!isRecord(body) || typeof body.status !== 'string') {
      return malformed('hcompany', response, `expected a session object with a string "status", got ${describeJson(body)}`, options);
    }
    return classifySession(body, response.raw, options);
  },
  thrown: () => null,
};
