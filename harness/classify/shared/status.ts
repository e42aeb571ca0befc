import type { FailureKind } from '../../contract/index.ts';

/** The kind an HTTP status means when the body says nothing more precise. */
const BY_STATUS: Record<number, FailureKind> = {
  400: 'platform.invalid_request',
  401: 'platform.unauthorized',
  402: 'platform.quota_exceeded',
  403: 'platform.forbidden',
  404: 'platform.not_found',
  408: 'transport.timeout',
  409: 'platform.wrong_state',
  413: 'platform.payload_too_large',
  422: 'platform.invalid_request',
  429: 'platform.rate_limited',
  500: 'platform.internal',
  502: 'platform.upstream',
  503: 'platform.unavailable',
  504: 'platform.timeout',
};

/**
 * The kind an HTTP error status means on its own. Unknown 4xx are invalid requests, unknown
 * 5xx are internal errors (DESIGN.md: unknown codes are handled like `internal`).
 *
 * @example
 * kindOfStatus(429); // 'platform.rate_limited'
 * kindOfStatus(418); // 'platform.invalid_request'
 */
export function kindOfStatus(status: number): FailureKind {
  return BY_STATUS[status] ?? (status >= 400 && status < 500 ? 'platform.invalid_request' : 'platform.internal');
}

/**
 * True for a 2xx status.
 *
 * @example
 * isSuccessStatus(204); // true
 */
export function isSuccessStatus(status: number | null): boolean {
  return status !== null && status >= 200 && status < 300;
}
