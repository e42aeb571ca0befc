import type { FailureKind } from '../contract/index.ts';
import type { ClassifyOptions } from './native.ts';
import type { ProviderClassifier } from './provider.ts';
import { checkAnswer } from './shared/answer-check.ts';
import { isRecord, msField, stringField } from './shared/body.ts';
import { header } from './shared/headers.ts';
import { firstSuggestion } from './shared/suggestions.ts';
import { fromStatus, type ReadResponse } from './shared/http.ts';
import { isSuccessStatus, kindOfStatus } from './shared/status.ts';
import { kindOfProblemType } from './problem-types.ts';

/** A `type` that names a problem: present and not `about:blank` (which means "the status says it all"). */
function namedType(type: string | null): type is string {
  return type !== null && type !== 'about:blank';
}

/**
 * The problem's kind: its `type` when Faultline knows that type exactly, else the HTTP status.
 * Seed 003: "Agents branch on is_retriable and type, not on status codes or prose", so neither the
 * words inside an unknown type URI nor the title or detail are read.
 */
function kindOfProblem(type: string | null, status: number): FailureKind {
  return (type !== null ? kindOfProblemType(type) : null) ?? kindOfStatus(status);
}

/**
 * True for a problem document on a 2xx or status-less answer: an error `status` in the body and
 * either the `application/problem+json` content type or a `type`/`title` member.
 */
function isProblemDocument(body: Record<string, unknown>, response: ReadResponse): boolean {
  if (typeof body.status !== 'number' || body.status < 400) return false;
  return (
    /problem\+json/i.test(header(response.headers, 'content-type') ?? '') ||
    typeof body.type === 'string' ||
    typeof body.title === 'string'
  );
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
    kind: kindOfProblem(type, status),
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
