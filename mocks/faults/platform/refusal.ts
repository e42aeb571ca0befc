import { API_PROBLEM_TYPES, PROBLEM_JSON, problemBody } from '../../problem/payloads.ts';
import type { Reply } from '../../simulator/reply.ts';

/** What a platform-wide refusal says, before the provider's envelope wraps it. */
export interface Refusal {
  status: 429 | 503;
  /** The problem type slug the simulated API uses (`service-unavailable`, `rate-limited`, `concurrency-limit`). */
  slug: 'service-unavailable' | 'rate-limited' | 'concurrency-limit';
  title: string;
  detail: string;
  /** Sent as `Retry-After` (seconds, rounded up) and `retry_after_ms`; absent when the platform says nothing. */
  retryAfterMs?: number;
  /** Extension members, e.g. the announced `concurrency_limit`. */
  extra?: Record<string, unknown>;
}

/**
 * A platform-wide refusal as the simulated problem API answers it: an RFC 9457 problem document
 * with seed 003's `is_retriable` and `retry_after_ms`, and `Retry-After` when a wait is known.
 *
 * @example
 * refusalReply({ status: 503, slug: 'service-unavailable', title: 'Service unavailable', detail: 'Down for maintenance' }, 'trace-platform-1');
 */
export function refusalReply(refusal: Refusal, traceId: string): Reply {
  const { status, slug, title, detail, retryAfterMs, extra } = refusal;
  const body = problemBody(
    {
      status,
      type: `${API_PROBLEM_TYPES}/${slug}`,
      title,
      detail,
      is_retriable: true,
      ...(retryAfterMs !== undefined && { retry_after_ms: retryAfterMs }),
    },
    traceId,
  );
  const headers: Record<string, string> = {
    'content-type': PROBLEM_JSON,
    ...(retryAfterMs !== undefined && { 'retry-after': String(Math.ceil(retryAfterMs / 1000)) }),
  };
  return { status, headers, text: JSON.stringify({ ...body, ...extra }) };
}
