import type { FailureKind } from '../contract/index.ts';
import type { Classification, ClassifyOptions } from './native.ts';
import type { ProviderClassifier } from './provider.ts';
import { checkAnswer } from './shared/answer-check.ts';
import { describeJson, isRecord, stringField } from './shared/body.ts';
import { failed } from './shared/failure.ts';
import { fromErrorBody, malformed, type ReadResponse } from './shared/http.ts';
import { isSuccessStatus } from './shared/status.ts';

/** Skyvern terminal `status` → kind when no mapped error code says more (seed 001, "Step 1"). */
export const SKYVERN_STATUSES: Record<string, FailureKind> = {
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

/** The mapped error code of a run: `output.error`, else the first `errors[].error_code`. */
function mappedCode(run: Record<string, unknown>): string | null {
  if (isRecord(run.output) && typeof run.output.error === 'string') return run.output.error;
  const errors = Array.isArray(run.errors) ? run.errors : [];
  const first = errors.find((e): e is Record<string, unknown> => isRecord(e) && typeof e.error_code === 'string');
  return first ? (first.error_code as string) : null;
}

function classifyRun(run: Record<string, unknown>, raw: unknown, options: ClassifyOptions): Classification {
  const status = stringField(run, 'status')!;
  if (PENDING.has(status)) return { state: 'pending', status };
  const code = mappedCode(run);
  const message = stringField(run, 'failure_reason') ?? `run ${status}`;
  if (status === 'completed' && code === null) return checkAnswer('skyvern', run.output, raw, options);
  const byStatus = SKYVERN_STATUSES[status];
  if (!byStatus && status !== 'completed') return failed('skyvern', 'platform.internal', { code: status, message: `unknown run status ${status}`, raw }, options);
  // A custom (user-defined) mapped code falls back to what the status means, the code kept.
  const kind = (code !== null ? SKYVERN_ERROR_CODES[code] : undefined) ?? byStatus ?? 'agent.infeasible';
  return failed('skyvern', kind, { code: code ?? status, message, raw }, options);
}

/**
 * Skyvern (seed 001): run objects from `get_run` or a webhook (`status`, `output`,
 * `failure_reason`, `errors[]`), with mapped codes in `output.error` or `errors[].error_code`,
 * and HTTP errors (`{"detail": …}`, 422 lists, empty 404, 500 `{"error": …}`).
 */
export const skyvern: ProviderClassifier = {
  response(response: ReadResponse, options) {
    if (!isSuccessStatus(response.status) && response.status !== null) return fromErrorBody('skyvern', response, options);
    const run = response.json;
    if (!isRecord(run) || typeof run.status !== 'string') {
      return malformed('skyvern', response, `expected a run object with a string "status", got ${describeJson(run)}`, options);
    }
    return classifyRun(run, response.raw, options);
  },
  thrown: () => null,
};
