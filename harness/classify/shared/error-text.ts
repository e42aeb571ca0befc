import { isRecord, safeString } from './body.ts';

/**
 * The human-readable text of an HTTP error body, from whichever field the provider uses:
 * `detail` (a string, or FastAPI's list of `{loc, msg}`), `message`, `error` (a string or
 * `{ message }`), `title`. Empty when there is none.
 *
 * @example
 * errorText({ detail: [{ loc: ['body', 'url'], msg: 'field required' }] }); // 'body.url: field required'
 */
export function errorText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (!isRecord(body)) return '';
  for (const key of ['detail', 'message', 'error', 'title']) {
    const value = body[key];
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(listItemText).join('; ');
    if (isRecord(value)) return errorText(value);
  }
  return '';
}

function listItemText(item: unknown): string {
  if (!isRecord(item)) return safeString(item);
  const loc = Array.isArray(item.loc) ? `${item.loc.join('.')}: ` : '';
  return `${loc}${typeof item.msg === 'string' ? item.msg : JSON.stringify(item)}`;
}
