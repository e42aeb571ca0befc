import type { FailureKind } from '../contract/index.ts';
import type { Classification, ClassifyOptions } from './native.ts';
import type { ProviderClassifier } from './provider.ts';
import { checkAnswer } from './shared/answer-check.ts';
import { describeJson, isRecord, stringField } from './shared/body.ts';
import { failed, type FailureFields } from './shared/failure.ts';
import { fromStatus, malformed, type ReadResponse } from './shared/http.ts';
import { kindOfStatus, isSuccessStatus } from './shared/status.ts';
import { transportError } from './shared/transport.ts';
import { WEBCOMPUTE_BROWSER_CODES, WEBCOMPUTE_GATEWAY_CODES, WEBCOMPUTE_SDK_CLASSES } from './webcompute-codes.ts';

const BROWSER_PENDING = new Set(['creating', 'configuring', 'starting']);

/** The WebcomputeError fields a handler may branch on, read from an envelope or a thrown SDK error. */
function envelopeFields(envelope: Record<string, unknown>): FailureFields {
  return {
    code: stringField(envelope, 'code'),
    retryable: typeof envelope.retryable === 'boolean' ? envelope.retryable : null,
    next: stringField(envelope, 'next'),
  };
}

/** The kind of a gateway code: the table, else (unknown code) `internal`; no code: the status. */
function kindOfCode(code: string | null | undefined, status: number | null): FailureKind {
  if (code) return WEBCOMPUTE_GATEWAY_CODES[code] ?? 'platform.internal';
  return status !== null ? kindOfStatus(status) : 'platform.internal';
}

function classifyExecute(result: Record<string, unknown>, response: ReadResponse, options: ClassifyOptions): Classification {
  const raw = response.raw;
  if (result.success === true) return checkAnswer('webcompute', result.result, raw, options);
  const error = isRecord(result.error) ? result.error : {};
  const code = stringField(error, 'code');
  const kind = code ? WEBCOMPUTE_BROWSER_CODES[code] ?? 'platform.internal' : 'browser.execute_failed';
  // The seed: log selected, redacted fields; never the whole error (messages can carry page content).
  return failed('webcompute', kind, { code, status: response.status, message: `browser code failed${code ? `: ${code}` : ''}`, raw: { success: false, error: { code, name: error.name ?? null } } }, options);
}

function classifyOk(response: ReadResponse, options: ClassifyOptions): Classification {
  const body = response.json;
  if (isRecord(body) && typeof body.success === 'boolean') return classifyExecute(body, response, options);
  if (isRecord(body) && typeof body.status === 'string' && typeof body.id === 'string') {
    if (BROWSER_PENDING.has(body.status)) return { state: 'pending', status: body.status };
    if (body.status === 'ready') return { state: 'success', answer: body };
    return failed('webcompute', 'browser.disconnected', { code: body.status, message: `browser is ${body.status}`, raw: response.raw }, options);
  }
  return malformed('webcompute', response, `expected a playwright.execute result with a boolean "success" or a browser object, got ${describeJson(body)}`, options);
}

/**
 * Webcompute (seed 002): gateway error envelopes (`code`, `type`, `retryable`, `next`,
 * `requestId`, `param`, `details`; top-level or under `error`), `playwright.execute` results
 * with `success: false` and a browser-server code, browser objects, and thrown SDK errors.
 */
export const webcompute: ProviderClassifier = {
  response(response, options) {
    if (isSuccessStatus(response.status) || (response.status === null && isRecord(response.json) && 'success' in response.json)) {
      return classifyOk(response, options);
    }
    const body = isRecord(response.json) && isRecord(response.json.error) ? response.json.error : response.json;
    if (!isRecord(body)) return fromStatus('webcompute', response, options);
    const fields = envelopeFields(body);
    return fromStatus('webcompute', response, options, {
      ...fields,
      kind: kindOfCode(fields.code, response.status),
      message: `HTTP ${response.status}${fields.code ? ` ${fields.code}` : ''}: ${stringField(body, 'message') ?? ''}`.trim(),
    });
  },
  thrown(thrown, options) {
    if (!thrown || typeof thrown !== 'object') return null;
    const error = thrown as Record<string, unknown>;
    const name = typeof error.name === 'string' ? error.name : '';
    if (!(name in WEBCOMPUTE_SDK_CLASSES) && name !== 'WebcomputeError') return null;
    const fields = envelopeFields(error);
    const status = typeof error.statusCode === 'number' ? error.statusCode : null;
    const network = name === 'ConnectionError' ? transportError(thrown)?.kind : undefined;
    const kind = fields.code ? kindOfCode(fields.code, status) : network ?? WEBCOMPUTE_SDK_CLASSES[name] ?? kindOfCode(null, status);
    const message = `${name}${fields.code ? ` ${fields.code}` : ''}: ${typeof error.message === 'string' ? error.message : ''}`;
    return failed('webcompute', kind, { ...fields, code: fields.code ?? name, status, message, raw: { name, statusCode: status, ...fields, requestId: error.requestId ?? null } }, options);
  },
};
