/** A body read as JSON, or why it could not be. */
export type ParsedBody = { ok: true; value: unknown } | { ok: false; reason: string; text: string };

const MAX_EXCERPT = 200;

/**
 * Reads a response body as JSON without ever throwing. A string is parsed; any other value is
 * taken as already parsed. Empty, truncated, HTML and other non-JSON texts give `ok: false`
 * with a reason in plain words.
 *
 * @example
 * parseBody('{"detail":"x"}'); // { ok: true, value: { detail: 'x' } }
 * parseBody('<html>502</html>'); // { ok: false, reason: 'body is HTML, not JSON', ... }
 */
export function parseBody(body: unknown, contentType = ''): ParsedBody {
  if (body === undefined) return { ok: false, reason: 'body is empty', text: '' };
  if (typeof body !== 'string') {
    if (body instanceof Uint8Array)
      return parseBody(new TextDecoder('utf-8', { fatal: false }).decode(body), contentType);
    return { ok: true, value: body };
  }
  const text = body.trim();
  if (text === '') return { ok: false, reason: 'body is empty', text: '' };
  if (text.startsWith('<')) return { ok: false, reason: 'body is HTML, not JSON', text: excerpt(text) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const why = contentType && !/json/i.test(contentType) ? `content type is ${contentType}` : (error as Error).message;
    return { ok: false, reason: `body is not valid JSON (${why})`, text: excerpt(text) };
  }
}

/**
 * True for a plain JSON object (not an array, string, number or null).
 *
 * @example
 * isRecord({}); // true
 * isRecord([]); // false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value at `key` when it is a string, else null. Lets classifiers read untrusted JSON
 * field by field without casts.
 *
 * @example
 * stringField({ code: 'X' }, 'code'); // 'X'
 * stringField({ code: 7 }, 'code'); // null
 */
export function stringField(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' ? value : null;
}

/**
 * The first of `keys` in `record` that holds a non-negative finite number, else null. Reads
 * body-supplied waits (`retry_after_ms`, `details.retryAfterMs`) without trusting their type.
 *
 * @example
 * msField({ retry_after_ms: 1500 }, 'retryAfterMs', 'retry_after_ms'); // 1500
 * msField({ retry_after_ms: -1 }, 'retry_after_ms'); // null
 */
export function msField(record: Record<string, unknown>, ...keys: string[]): number | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  }
  return null;
}

/**
 * Describes a JSON value's type for error messages.
 *
 * @example
 * describeJson([1]); // 'an array'
 */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function excerpt(text: string): string {
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}…` : text;
}

/**
 * `String(value)` that never throws (objects without a prototype, or with a throwing `toString`).
 *
 * @example
 * safeString(Object.create(null)); // '[object Object]'
 */
export function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
