import { safeString } from './body.ts';

/**
 * Looks a header up case-insensitively.
 *
 * @example
 * header({ 'Retry-After': '2' }, 'retry-after'); // '2'
 */
export function header(headers: Record<string, string> | undefined, name: string): string | null {
  if (!headers) return null;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return safeString(value);
  return null;
}

/**
 * Turns a `Retry-After` header (delta-seconds or an HTTP date, RFC 9110 §10.2.3) into a wait in ms.
 * A date in the past gives 0; anything unreadable gives null.
 *
 * @example
 * retryAfterMs({ 'retry-after': '2' }); // 2000
 * retryAfterMs({ 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }, Date.parse('Wed, 21 Oct 2015 07:27:00 GMT')); // 60000
 */
export function retryAfterMs(headers: Record<string, string> | undefined, nowMs = Date.now()): number | null {
  const value = header(headers, 'retry-after')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  if (Number.isNaN(at) || !/[a-z]/i.test(value)) return null;
  return Math.max(0, at - nowMs);
}
