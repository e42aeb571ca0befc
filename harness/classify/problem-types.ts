import type { FailureKind } from '../contract/index.ts';

/**
 * Where Faultline's own problem types live. Seed 003 asks for stable type URIs ("Treat error types
 * as part of your API contract") but names none, so the only types Faultline can know exactly are
 * its own: those of its simulated problem API (`mocks/problem/`) and catalogue, and those its
 * simulated agent API reports a real browser outcome with (`mocks/agent/`). A type is known only
 * as a whole URI, one of these namespaces followed by a slug of {@link FAULTLINE_PROBLEM_SLUGS}.
 */
const FAULTLINE_PROBLEM_NAMESPACES = ['https://problems.faultline.test/', 'https://agents.example/problems/'] as const;

/**
 * Faultline's problem type slugs → kind. Any other type (another API's, `about:blank`) decides
 * nothing: the HTTP status does ({@link kindOfProblemType} returns null).
 */
const FAULTLINE_PROBLEM_SLUGS: Readonly<Record<string, FailureKind>> = {
  // The problem API and the catalogue.
  'validation-error': 'platform.invalid_request',
  unauthorized: 'platform.unauthorized',
  'token-expired': 'platform.unauthorized',
  forbidden: 'platform.forbidden',
  'not-found': 'platform.not_found',
  'run-wrong-state': 'platform.wrong_state',
  'operation-in-progress': 'platform.wrong_state',
  'idempotency-key-in-progress': 'platform.idempotency_in_flight',
  'idempotency-key-reused': 'platform.idempotency_mismatch',
  'payload-too-large': 'platform.payload_too_large',
  'rate-limited': 'platform.rate_limited',
  'concurrency-limit': 'platform.concurrency_limit',
  'quota-exceeded': 'platform.quota_exceeded',
  'service-unavailable': 'platform.unavailable',
  'internal-error': 'platform.internal',
  'navigation-policy-blocked': 'platform.policy_blocked',
  'run-cancelled': 'platform.canceled',
  // What the agent API reports a real browser outcome as.
  'upstream-browser-failed': 'platform.upstream',
  'upstream-proxy-failed': 'platform.upstream',
  'navigation-timeout': 'browser.navigation_timeout',
  'selector-not-found': 'browser.selector_not_found',
  'captcha-required': 'agent.captcha',
  'login-required': 'agent.login_required',
  'site-maintenance': 'agent.site_maintenance',
  'site-rate-limited': 'agent.site_rate_limited',
};

/**
 * The kind of a problem `type` Faultline knows exactly, or null for any other type. Nothing inside
 * an unknown URI is read: `https://api.example.com/problems/rate-limited` is not known.
 *
 * @example
 * kindOfProblemType('https://problems.faultline.test/concurrency-limit'); // 'platform.concurrency_limit'
 * kindOfProblemType('https://api.example.com/problems/concurrency-limit'); // null
 */
export function kindOfProblemType(type: string): FailureKind | null {
  const namespace = FAULTLINE_PROBLEM_NAMESPACES.find((prefix) => type.startsWith(prefix));
  if (!namespace) return null;
  const slug = type.slice(namespace.length);
  return Object.hasOwn(FAULTLINE_PROBLEM_SLUGS, slug) ? FAULTLINE_PROBLEM_SLUGS[slug]! : null;
}
