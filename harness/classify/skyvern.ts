import type { FailureKind } from '../contract/index.ts';
import type { Classification, ClassifyOptions } from './native.ts';
import type { ProviderClassifier } from './provider.ts';
import { checkAnswer } from './shared/answer-check.ts';
import { describeJson, isRecord, stringField } from './shared/body.ts';
import { kindOfCode } from './shared/codes.ts';
import { failed } from './shared/failure.ts';
import { fromErrorBody, malformed, type ReadResponse } from './shared/http.ts';
import { isSuccessStatus } from './shared/status.ts';

/**
 * Skyvern run `status` → kind when no known mapped error code says more (seed 001, "Step 1").
 * `completed` appears only for a completed run that still carries an error: the agent ended on a
 * condition from the user's `error_code_mapping`, which is a terminating condition, like `terminated`.
 */
export const SKYVERN_STATUSES: Record<string, FailureKind> = {
  completed: 'agent.infeasible',
  failed: 'browser.crashed',
  terminated: 'agent.infeasible',
  timed_out: 'agent.out_of_budget',
  canceled: 'platform.canceled',
};

/** Mapped error codes (`output.error`, `errors[].error_code`) → kind (seed 001, "Common error patterns"). */
export const SKYVERN_ERROR_CODES: Record<string, FailureKind> = {
  login_failed: 'agent.login_required',
  mfa_required: 'agent.login_required',
  session_expired: 'agent.login_required',
  captcha_required: 'agent.captcha',
  captcha_blocked: 'agent.captcha',
  not_found: 'agent.not_found',
  maintenance: 'agent.site_maintenance',
  rate_limited: 'agent.site_rate_limited',
  access_denied: 'agent.access_denied',
  timeout: 'agent.timed_out',
};

const PENDING = new Set(['created', 'queued', 'running', 'paused']);

/**
 * The error a run reports, or null when it reports none: `output.error` (the mapped code), else the
 * first `errors[]` entry with an `error_code`. An `output.error` that is not a code (an object, a
 * number, '') is still an error, with `code` null.
 */
function runError(run: Record<string, unknown>): { code: string | null } | null {
  const outputError = isRecord(run.output) ? run.output.error : undefined;
  if (typeof outputError === 'string' && outputError !== '') return { code: outputError };
  const errors = Array.isArray(run.errors) ? run.errors : [];
  const listed = errors.find(
    (e): e is Record<string, unknown> => isRecord(e) && typeof e.error_code === 'string' && e.error_code !== '',
  );
  if (listed) return { code: listed.error_code as string };
  return outputError === undefined || outputError === null ? null : { code: null };
}

function classifyRun(run: Record<string, unknown>, raw: unknown, options: ClassifyOptions): Classification {
  const status = stringField(run, 'status')!;
  if (PENDING.has(status)) return { state: 'pending', status };
  const error = runError(run);
  if (status === 'completed' && error === null) return checkAnswer('skyvern', run.output, raw, options);
  if (!Object.hasOwn(SKYVERN_STATUSES, status)) {
    return failed(
      'skyvern',
      'platform.internal',
      { code: status, message: `unknown run status ${status}`, raw },
      options,
    );
  }
  const byStatus = kindOfCode(SKYVERN_STATUSES, status);
  // A custom (user-defined) mapped code falls back to what the status means, the code kept.
  const kind = error?.code ? kindOfCode(SKYVERN_ERROR_CODES, error.code, byStatus) : byStatus;
  const message = stringField(run, 'failure_reason') ?? `run ${status}`;
  return failed('skyvern', kind, { code: error?.code ?? status, message, raw }, options);
}

/**
 * Skyvern (seed 001): run objects from `get_run` or a webhook (`status`, `output`,
 * `failure_reason`, `errors[]`), with mapped codes in `output.error` or `errors[].error_code`,
 * and HTTP errors (`{"detail": …}`, 422 lists, empty 404, 500 `{"error": …}`).
 */
export const skyvern: ProviderClassifier = {
  response(response: ReadResponse, options) {
    if (!isSuccessStatus(response.status) && response.status !== null)
      return fromErrorBody('skyvern', response, options);
    const run = response.json;
    if (!isRecord(run) || typeof run.status !== 'string') {
      return malformed(
        'skyvern',
        response,
        `expected a run object with a string "status", got ${describeJson(run)}`,
        options,
      );
    }
    return classifyRun(run, response.raw, options);
  },
  thrown: () => null,
};
