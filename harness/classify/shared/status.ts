import type { FailureKind } from '../../contract/index.ts';

/** What an HTTP error status means on its own, for any provider (RFC 9110; seed 002's status categories). */
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

/** What a provider documents some statuses to mean, where that is narrower than {@link BY_STATUS}. */
export type StatusMeanings = Readonly<Partial<Record<number, FailureKind>>>;

/**
 * The kind an HTTP error status means when nothing more specific (a known code or problem type,
 * an SDK class) says more: the provider's own documented meaning of that status when it has one
 * (`meanings`), else the status's general meaning. Unknown 4xx are invalid requests, unknown 5xx
 * and anything else internal errors.
 *
 * @example
 * kindOfStatus(429); // 'platform.rate_limited'
 * kindOfStatus(429, { 429: 'platform.concurrency_limit' }); // 'platform.concurrency_limit'
 * kindOfStatus(418); // 'platform.invalid_request'
 */
export function kindOfStatus(status: number, meanings: StatusMeanings = {}): FailureKind {
  return (
    (Object.hasOwn(meanings, status) ? meanings[status] : undefined) ??
    BY_STATUS[status] ??
    (status >= 400 && status < 500 ? 'platform.invalid_request' : 'platform.internal')
  );
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
