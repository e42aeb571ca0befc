import type { FailureKind } from '../contract/index.ts';
import type { ClassifyOptions } from './native.ts';
import type { ProviderClassifier } from './provider.ts';
import { checkAnswer } from './shared/answer-check.ts';
import { isRecord, stringField } from './shared/body.ts';
import { fromStatus, type ReadResponse } from './shared/http.ts';
import { isSuccessStatus, kindOfStatus } from './shared/status.ts';

/** Words of a problem `type` slug → kind, checked in order (first match wins). */
const TYPE_WORDS: Array<[RegExp, FailureKind]> = [
  [/captcha/, 'agent.captcha'],
  [/login|sign.?in/, 'agent.login_required'],
  [/maintenance/, 'agent.site_maintenance'],
  [/site.?rate.?limit/, 'agent.site_rate_limited'],
  [/idempotency.*(reused|mismatch|conflict)/, 'platform.idempotency_mismatch'],
  [/idempotency.*(progress|flight|processing)/, 'platform.idempotency_in_flight'],
  [/quota/, 'platform.quota_exceeded'],
  [/concurren/, 'platform.concurrency_limit'],
  [/rate.?limit|too.?many.?requests/, 'platform.rate_limited'],
  [/validation|invalid/, 'platform.invalid_request'],
  [/unauthori[sz]ed|authentication/, 'platform.unauthorized'],
  [/forbidden|permission/, 'platform.forbidden'],
  [/not.?found/, 'platform.not_found'],
  [/too.?large/, 'platform.payload_too_large'],
  [/wrong.?state|conflict/, 'platform.wrong_state'],
  [/timeout|timed.?out/, 'platform.timeout'],
  [/upstream|bad.?gateway/, 'platform.upstream'],
  [/unavailable/, 'platform.unavailable'],
  [/cancel|aborted/, 'platform.canceled'],
  [/policy/, 'platform.policy_blocked'],
];

/** The last path segment of a problem `type` URI, lower-cased: `…/problems/rate-limited` → `rate-limited`. */
function slug(type: string): string {
  return type.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop()!.toLowerCase();
}

/** The problem's kind: its type's words, else its status (an unknown type on a 5xx is `internal`). */
function kindOfProblem(type: string | null, status: number): FailureKind {
  const byType = type && type !== 'about:blank' ? TYPE_WORDS.find(([pattern]) => pattern.test(slug(type)))?.[1] : undefined;
  return byType ?? (status >= 500 ? 'platform.internal' : kindOfStatus(status));
}

/** `next` from `suggestions[0]`: a string, or an object's `action`, `type` or `title`. */
function firstSuggestion(suggestions: unknown): string | null {
  const first = Array.isArray(suggestions) ? suggestions[0] : undefined;
  if (typeof first === 'string') return first;
  if (!isRecord(first)) return null;
  return stringField(first, 'action') ?? stringField(first, 'type') ?? stringField(first, 'title');
}

function classifyProblem(response: ReadResponse, problem: Record<string, unknown>, options: ClassifyOptions) {
  const status = response.status ?? (typeof problem.status === 'number' ? problem.status : 500);
  const type = stringField(problem, 'type');
  const retryAfter = typeof problem.retry_after_ms === 'number' && problem.retry_after_ms >= 0 ? problem.retry_after_ms : undefined;
  const title = stringField(problem, 'title') ?? '';
  const detail = stringField(problem, 'detail');
  return fromStatus('problem', { ...response, status }, options, {
    kind: kindOfProblem(type, status),
    code: stringField(problem, 'code') ?? (type && type !== 'about:blank' ? type : null),
    retryable: typeof problem.is_retriable === 'boolean' ? problem.is_retriable : null,
    next: firstSuggestion(problem.suggestions),
    message: `HTTP ${status}: ${title}${detail ? ` — ${detail}` : ''}`,
    ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}),
  });
}

/**
 * RFC 9457 problem details with the agent extensions (seed 003): `type`, `title`, `status`,
 * `detail`, `instance`, `is_retriable`, `retry_after_ms`, `suggestions`, `errors`, `trace_id`,
 * `doc_uri`. A 2xx answer of this generic JSON API is a success with the body as the answer.
 */
export const problem: ProviderClassifier = {
  response(response, options) {
    const body = response.json;
    if (isSuccessStatus(response.status)) return checkAnswer('problem', body, response.raw, options);
    if (!isRecord(body)) return fromStatus('problem', response, options);
    if (response.status === null && typeof body.status !== 'number') return checkAnswer('problem', body, response.raw, options);
    return classifyProblem(response, body, options);
  },
  thrown: () => null,
};
