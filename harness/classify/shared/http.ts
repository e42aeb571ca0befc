import type { FailureKind, Provider } from '../../contract/index.ts';
import type { Classification, ClassifyOptions } from '../native.ts';
import { failed, type FailureFields } from './failure.ts';
import { errorText } from './error-text.ts';
import { retryAfterMs } from './headers.ts';
import { kindOfKnownMessage } from './known-messages.ts';
import { kindOfStatus, type StatusMeanings } from './status.ts';

/** An HTTP answer whose body was read (or failed to be read) as JSON. */
export interface ReadResponse {
  status: number | null;
  headers: Record<string, string>;
  /** The parsed JSON body; undefined when it could not be parsed. */
  json: unknown;
  /** The body as received, for `raw`. */
  raw: unknown;
}

/**
 * Classifies an HTTP error by its status alone (used when the body is unreadable or says nothing
 * useful): the status decides the kind, `Retry-After` is read, `extra` fills in the rest.
 *
 * @example
 * fromStatus('skyvern', { status: 429, headers: { 'retry-after': '3' }, json: undefined, raw: '<html>' });
 * // failure platform.rate_limited, retryAfterMs 3000
 */
export function fromStatus(
  provider: Provider,
  response: ReadResponse,
  options: ClassifyOptions = {},
  extra: FailureFields & { kind?: FailureKind } = {},
): Classification {
  const status = response.status ?? 0;
  const { kind = kindOfStatus(status), ...fields } = extra;
  return failed(
    provider,
    kind,
    {
      status: response.status,
      retryAfterMs: retryAfterMs(response.headers, options.nowMs),
      message: `HTTP ${status}`,
      raw: response.raw,
      ...fields,
    },
    options,
  );
}

/**
 * A `transport.malformed_response` failure: a 2xx (or status-less) answer whose body cannot be
 * used. `why` says what was wrong in plain words.
 *
 * @example
 * malformed('hcompany', { status: 200, headers: {}, json: undefined, raw: '{"sta' }, 'body is not valid JSON');
 */
export function malformed(
  provider: Provider,
  response: ReadResponse,
  why: string,
  options: ClassifyOptions = {},
): Classification {
  return failed(
    provider,
    'transport.malformed_response',
    { status: response.status, message: `malformed response: ${why}`, raw: response.raw },
    options,
  );
}

/**
 * Classifies an HTTP error whose JSON body carries only text (`{"detail": …}`, `{"message": …}`,
 * `{"error": …}`): an exactly known message decides when there is one, else the status as the
 * provider documents it (`meanings`), else the status's general meaning. The text is kept in the
 * message for logs; no word inside it is read.
 *
 * @example
 * fromErrorBody('hcompany', { status: 429, headers: {}, json: { detail: 'At most 3 sessions may run at once' }, raw }, {}, { 429: 'platform.concurrency_limit' });
 * // failure platform.concurrency_limit
 */
export function fromErrorBody(
  provider: Provider,
  response: ReadResponse,
  options: ClassifyOptions = {},
  meanings: StatusMeanings = {},
): Classification {
  const text = errorText(response.json);
  const status = response.status ?? 0;
  const kind = kindOfKnownMessage(response.status, text) ?? kindOfStatus(status, meanings);
  return fromStatus(provider, response, options, {
    kind,
    message: text ? `HTTP ${response.status}: ${text}` : `HTTP ${response.status}`,
  });
}
