/** Field names whose values are secrets, wherever they appear in a payload or header set. */
const SECRET_KEY =
  /(^|[-_])(api[-_]?key|apikey|authorization|password|passwd|secret|token|cookie|signature|credentials?)$/i;
/** `scheme://user:pass@host` */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]+@/gi;
/** `Bearer abc…`, `sk-…`-style keys inside free text. */
const INLINE_SECRET = /\b(Bearer\s+)[A-Za-z0-9._~+/-]+=*|\b(sk|pk|key|hai|sky|wc)[-_][A-Za-z0-9_-]{12,}/g;

/** A URL's query and fragment: where tokens, session ids and form data travel. */
const URL_QUERY = /\b([a-z][a-z0-9+.-]*:\/\/[^\s?#'"<>]*)[?#][^\s'"<>]*/gi;
/** An absolute local path (POSIX or Windows) standing on its own, not inside a URL. */
const LOCAL_PATH = /(^|[\s'"(=])(?:\/|[A-Za-z]:\\)[^\s'"()]+/g;
/** The longest message {@link trimmedMessage} keeps. */
const MAX_MESSAGE = 160;

/** What a redacted value is replaced with. */
export const REDACTED = '[redacted]';

/**
 * Removes secrets from free text: credentials in URLs, bearer tokens, API-key-looking words,
 * and every literal in `extra` (known secrets such as the scenario's own API key).
 *
 * @example
 * redactText('http://bob:hunter2@127.0.0.1:8080'); // 'http://[redacted]@127.0.0.1:8080'
 */
export function redactText(text: string, extra: readonly string[] = []): string {
  let out = text
    .replace(URL_CREDENTIALS, `$1${REDACTED}@`)
    .replace(INLINE_SECRET, (match, bearer: string | undefined) => (bearer ? `${bearer}${REDACTED}` : REDACTED));
  for (const secret of extra) if (secret) out = out.split(secret).join(REDACTED);
  return out;
}

/**
 * Deep copy of `value` with secrets removed: values under secret-looking keys, and secrets in
 * every string (see {@link redactText}). Cycles and functions are cut, never thrown on.
 *
 * @example
 * redact({ headers: { 'x-api-key': 'abc' }, detail: 'no' }); // { headers: { 'x-api-key': '[redacted]' }, detail: 'no' }
 */
export function redact(value: unknown, extra: readonly string[] = [], seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value, extra);
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? '[function]' : value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redact(item, extra, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) && item != null && item !== '' ? REDACTED : redact(item, extra, seen);
  }
  return out;
}

/**
 * An error message cut down to what logs, traces and reports may keep (seed 002: messages "can
 * include page content, request fragments, response fragments, local paths, or other sensitive
 * context"): its first line only (no stack), URLs without their query or fragment, local paths
 * replaced, at most 160 characters, and secrets removed as {@link redactText} does.
 *
 * @example
 * trimmedMessage('Timeout at https://bank.test/acct?session=abc\n    at /home/me/app.js:3:1');
 * // 'Timeout at https://bank.test/acct?[redacted]'
 */
export function trimmedMessage(message: string, extra: readonly string[] = []): string {
  const firstLine = message.trim().split(/\r?\n/, 1)[0] ?? '';
  const cleaned = redactText(firstLine, extra).replace(URL_QUERY, `$1?${REDACTED}`).replace(LOCAL_PATH, '$1[path]');
  return cleaned.length > MAX_MESSAGE ? `${cleaned.slice(0, MAX_MESSAGE)}…` : cleaned;
}
