import type { FailureKind } from '../contract/index.ts';
import type { ClassifyOptions } from './native.ts';
import type { ProviderClassifier } from './provider.ts';
import { checkAnswer } from './shared/answer-check.ts';
import { isRecord, msField, stringField } from './shared/body.ts';
import { errorText } from './shared/error-text.ts';
import { header } from './shared/headers.ts';
import { kindFromText } from './shared/hints.ts';
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
  [/unauthori[sz]ed|unauthenticated|authentication/, 'platform.unauthorized'],
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

/** A `type` that names a problem: present and not `about:blank` (which means "the status says it all"). */
function namedType(type: string | null): type is string {
  return type !== null && type !== 'about:blank';
}

/**
 * The problem's kind: its type's words; an unknown type is `internal` on a 5xx and the status's
 * kind on a 4xx. Without a named type the status decides, refined by the title/detail text.
 */
function kindOfProblem(problem: Record<string, unknown>, type: string | null, status: number): FailureKind {
  if (!namedType(type)) return kindFromText(status, errorText(problem)) ?? kindOfStatus(status);
  const byType = TYPE_WORDS.find(([pattern]) => pattern.test(slug(type)))?.[1];
  return byType ?? (status >= 500 ? 'platform.internal' : kindOfStatus(status));
}

/** `next` from `suggestions[0]`: a string, or an object's `action`, `type` or `title`. */
function firstSuggestion(suggestions: unknown): string | null {
  const first = Array.isArray(suggestions) ? suggestions[0] : undefined;
  if (typeof first === 'string') return first;
  if (!isRecord(first)) return null;
  return stringField(first, 'action') ?? stringField(first, 'type') ?? stringField(first, 'title');
}

/**
 * True for a problem document on a 2xx or status-less answer: an error `status` in the body and
 * either the `application/problem+json` content type or a `type`/`title` member.
 */
function isProblemDocument(body: Record<string, unknown>, response: ReadResponse): boolean {
  if (typeof body.status !== 'number' || body.status < 400) return false;
  return /problem\+json/i.test(header(response.headers, 'content-type') ?? '') || typeof body.type === 'string' || typeof body.title === 'string';
}

function classifyProblem(response: ReadResponse, problem: Record<string, unknown>, options: ClassifyOptions) {
  const bodyStatus = typeof problem.status === 'number' ? problem.status : null;
  const httpError = response.status !== null && !isSuccessStatus(response.status);
  // The HTTP status decides; a problem sent on a 2xx or without one is judged by its own status.
  const status = (httpError ? response.status : bodyStatus) ?? 500;
  const type = stringField(problem, 'type');
  const retryAfter = msField(problem, 'retry_after_ms');
  const title = stringField(problem, 'title') ?? '';
  const detail = stringField(problem, 'detail');
  return fromStatus('problem', { ...response, status: response.status ?? status }, options, {
    kind: kindOfProblem(problem, type, status),
    code: stringField(problem, 'code') ?? (namedType(type) ? type : null),
    retryable: typeof problem.is_retriable === 'boolean' ? problem.is_retriable : null,
    next: firstSuggestion(problem.suggestions),
    message: `HTTP ${status}: ${title}${detail ? ` — ${detail}` : ''}`,
    ...(retryAfter !== null ? { retryAfterMs: retryAfter } : {}),
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
    if (response.status !== null && !isSuccessStatus(response.status)) {
      return isRecord(body) ? classifyProblem(response, body, options) : fromStatus('problem', response, options);
    }
    if (isRecord(body) && isProblemDocument(body, response)) return classifyProblem(response, body, options);
    return checkAnswer('problem', body, response.raw, options);
  },
  thrown: () => null,
};
