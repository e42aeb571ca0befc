import { z } from 'zod';

/** Schema of an optional `Retry-After` header value: delta-seconds or an HTTP date. */
export const RetryAfterSchema = z.string().min(1).optional();

/**
 * The headers that carry a `Retry-After` value, or none.
 *
 * @example
 * retryAfterHeaders('2'); // { 'retry-after': '2' }
 */
export function retryAfterHeaders(retryAfter: string | undefined): Record<string, string> {
  return retryAfter === undefined ? {} : { 'retry-after': retryAfter };
}
