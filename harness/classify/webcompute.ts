import type { FailureKind } from '../contract/index.ts';
import type { Classification, ClassifyOptions } from './native.ts';
import type { ProviderClassifier } from './provider.ts';
import { trimmedMessage } from '../redact.ts';
import { checkAnswer } from './shared/answer-check.ts';
import { describeJson, isRecord, msField, stringField } from './shared/body.ts';
import { knownKind } from './shared/codes.ts';
import { failed, type FailureFields } from './shared/failure.ts';
import { fromStatus, malformed, type ReadResponse } from './shared/http.ts';
import { kindOfStatus, isSuccessStatus } from './shared/status.ts';
import { transportError } from './shared/transport.ts';
import { WEBCOMPUTE_SDK_CLASSES, webcomputeCodeKind } from './webcompute-codes.ts';

const BROWSER_PENDING = new Set(['creating', 'configuring', 'starting']);

/**
 * The WebcomputeError fields a handler may branch on, read from an envelope or a thrown SDK error.
 * A wait in `details.retryAfterMs` / `details.retry_after_ms` is kept (it wins over Retry-After);
 * without one, `retryAfterMs` is left out so the header decides.
 */
function envelopeFields(envelope: Record<string, unknown>): FailureFields {
  const wait = isRecord(envelope.details) ? msField(envelope.details, 'retryAfterMs', 'retry_after_ms') : null;
  return {
    code: stringField(envelope, 'code'),
    retryable: typeof envelope.retryable === 'boolean' ? envelope.retryable : null,
    next: stringField(envelope, 'next'),
    ...(wait !== null ? { retryAfterMs: wait } : {}),
  };
}

/** The gateway envelope of an error body: nested under `error`, else the body itself. */
function envelopeOf(body: Record<string, unknown>): Record<string, unknown> {
  return isRecord(body.error) ? body.error : body;
}

/**
 * The kind of a gateway envelope or SDK error, by the most specific signal it carries: a known
 * Webcompute code, else (SDK errors) the error's class, else the HTTP status, else `internal`.
 * An unknown code is kept in `Failure.code` but decides nothing.
 */
function kindOfError(code: string | null | undefined, byClass: FailureKind | null, status: number | null): FailureKind {
  return (
    (code ? webcomputeCodeKind(code) : null) ??
    byClass ??
    (status !== null ? kindOfStatus(status) : 'platform.internal')
  );
}

/**
 * True when the answer is read as a success body (execute result, browser object, or malformed):
 * any 2xx; with no status, anything but a gateway envelope that carries a code.
 */
function isOkAnswer(response: ReadResponse): boolean {
  if (response.status !== null) return isSuccessStatus(response.status);
  const body = response.json;
  return !isRecord(body) || 'success' in body || stringField(envelopeOf(body), 'code') === null;
}

function classifyExecute(
  result: Record<string, unknown>,
  response: ReadResponse,
  options: ClassifyOptions,
): Classification {
  const raw = response.raw;
  if (result.success === true) return checkAnswer('webcompute', result.result, raw, options);
  const error = observableExecuteError(result);
  // An execute result has no status to fall back on (its request succeeded): an unknown code is internal.
  const kind = error.code ? (webcomputeCodeKind(error.code) ?? 'platform.internal') : 'browser.execute_failed';
  const message = ['browser code failed', error.code, error.message].filter(Boolean).join(': ');
  return failed(
    'webcompute',
    kind,
    { code: error.code, status: response.status, message, raw: { success: false, error } },
    options,
  );
}

/**
 * The fields of a failed `playwright.execute` result's `error` that logs, traces and reports may
 * keep (seed 002: "Log selected, redacted fields from browser-code errors. Avoid serializing the
 * full result.error object"): its code, its name and a trimmed message. The stack, any other field
 * and the rest of the message (page content, URLs' queries, local paths) are left out.
 *
 * @example
 * observableExecuteError({ success: false, error: { code: 'EXECUTE_FAILED', name: 'Error', message: 'at https://x.test/?t=1\n    at eval', stack: '…' } });
 * // { code: 'EXECUTE_FAILED', name: 'Error', message: 'at https://x.test/?[redacted]' }
 */
export function observableExecuteError(result: Record<string, unknown>): {
  code: string | null;
  name: string | null;
  message: string | null;
} {
  const error = isRecord(result.error) ? result.error : {};
  const message = stringField(error, 'message');
  return {
    code: stringField(error, 'code'),
    name: stringField(error, 'name'),
    message: message === null ? null : trimmedMessage(message),
  };
}

function classifyOk(response: ReadResponse, options: ClassifyOptions): Classification {
  const body = response.json;
  if (isRecord(body) && typeof body.success === 'boolean') return classifyExecute(body, response, options);
  if (isRecord(body) && typeof body.status === 'string' && typeof body.id === 'string') {
    if (BROWSER_PENDING.has(body.status)) return { state: 'pending', status: body.status };
    if (body.status === 'ready') return { state: 'success', answer: body };
    return failed(
      'webcompute',
      'browser.disconnected',
      { code: body.status, status: response.status, message: `browser is ${body.status}`, raw: response.raw },
      options,
    );
  }
  return malformed(
    'webcompute',
    response,
    `expected a playwright.execute result with a boolean "success" or a browser object, got ${describeJson(body)}`,
    options,
  );
}

function classifyError(response: ReadResponse, options: ClassifyOptions): Classification {
  if (!isRecord(response.json)) return fromStatus('webcompute', response, options);
  const envelope = envelopeOf(response.json);
  const fields = envelopeFields(envelope);
  const head = [response.status !== null ? `HTTP ${response.status}` : 'gateway error', fields.code]
    .filter(Boolean)
    .join(' ');
  const text = stringField(envelope, 'message');
  return fromStatus('webcompute', response, options, {
    ...fields,
    kind: kindOfError(fields.code, null, response.status),
    message: text ? `${head}: ${text}` : head,
  });
}

/** The thrown value as a Webcompute SDK error (an SDK class name, not a DOMException), else null. */
function sdkError(thrown: unknown): { name: string; error: Record<string, unknown> } | null {
  if (!thrown || typeof thrown !== 'object') return null;
  // AbortSignal.timeout() rejects fetch with a DOMException named TimeoutError: a transport timeout.
  if (typeof DOMException !== 'undefined' && thrown instanceof DOMException) return null;
  const error = thrown as Record<string, unknown>;
  const name = typeof error.name === 'string' ? error.name : '';
  return Object.hasOwn(WEBCOMPUTE_SDK_CLASSES, name) || name === 'WebcomputeError' ? { name, error } : null;
}

/** The kind an SDK error class names: its table entry; a `ConnectionError` by the network error it wraps. */
function kindOfClass(name: string, thrown: unknown): FailureKind | null {
  if (name === 'ConnectionError') return transportError(thrown)?.kind ?? knownKind(WEBCOMPUTE_SDK_CLASSES, name);
  return knownKind(WEBCOMPUTE_SDK_CLASSES, name);
}

/**
 * Webcompute (seed 002): gateway error envelopes (`code`, `type`, `retryable`, `next`,
 * `requestId`, `param`, `details`; top-level or under `error`), `playwright.execute` results
 * with `success: false` and a browser-server code, browser objects, and thrown SDK errors.
 */
export const webcompute: ProviderClassifier = {
  response(response, options) {
    return isOkAnswer(response) ? classifyOk(response, options) : classifyError(response, options);
  },
  thrown(thrown, options) {
    const sdk = sdkError(thrown);
    if (!sdk) return null;
    const { name, error } = sdk;
    const fields = envelopeFields(error);
    const status = typeof error.statusCode === 'number' ? error.statusCode : null;
    const kind = kindOfError(fields.code, kindOfClass(name, thrown), status);
    const message = `${name}${fields.code ? ` ${fields.code}` : ''}: ${typeof error.message === 'string' ? error.message : ''}`;
    return failed(
      'webcompute',
      kind,
      {
        ...fields,
        code: fields.code ?? name,
        status,
        message,
        raw: { name, statusCode: status, ...fields, requestId: error.requestId ?? null },
      },
      options,
    );
  },
};
