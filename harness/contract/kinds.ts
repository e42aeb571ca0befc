import { z } from 'zod';

/**
 * Every canonical failure kind, one per distinct right reaction (docs/oracle.md, "The taxonomy").
 * The part before the dot is the {@link Layer} the failure happened in.
 *
 * @example
 * FAILURE_KINDS.includes('platform.rate_limited'); // true
 */
export const FAILURE_KINDS = [
  'transport.connection_refused',
  'transport.connection_reset',
  'transport.dns',
  'transport.timeout',
  'transport.malformed_response',
  'platform.invalid_request',
  'platform.unauthorized',
  'platform.forbidden',
  'platform.not_found',
  'platform.wrong_state',
  'platform.idempotency_in_flight',
  'platform.idempotency_mismatch',
  'platform.payload_too_large',
  'platform.rate_limited',
  'platform.concurrency_limit',
  'platform.quota_exceeded',
  'platform.unavailable',
  'platform.upstream',
  'platform.timeout',
  'platform.internal',
  'platform.policy_blocked',
  'platform.canceled',
  'browser.launch_failed',
  'browser.crashed',
  'browser.disconnected',
  'browser.navigation_timeout',
  'browser.navigation_failed',
  'browser.proxy_failed',
  'browser.selector_not_found',
  'browser.execute_failed',
  'browser.screenshot_failed',
  'browser.pdf_failed',
  'agent.out_of_budget',
  'agent.timed_out',
  'agent.captcha',
  'agent.login_required',
  'agent.access_denied',
  'agent.blocked',
  'agent.infeasible',
  'agent.not_found',
  'agent.site_maintenance',
  'agent.site_rate_limited',
  'agent.partial',
  'answer.schema_mismatch',
  'answer.missing',
] as const;

/** Schema of a canonical failure kind such as `'browser.crashed'`. */
export const FailureKindSchema = z.enum(FAILURE_KINDS);
/** A canonical failure kind such as `'browser.crashed'`. */
export type FailureKind = z.infer<typeof FailureKindSchema>;

/** Schema of the layer a failure happened in. */
export const LayerSchema = z.enum(['transport', 'platform', 'browser', 'agent', 'answer']);
/** The layer a failure happened in: the part of a {@link FailureKind} before the dot. */
export type Layer = z.infer<typeof LayerSchema>;

/** Schema of the providers Faultline knows. */
export const ProviderSchema = z.enum(['hcompany', 'skyvern', 'webcompute', 'problem', 'playwright', 'cli']);
/** A provider whose native payloads Faultline classifies. */
export type Provider = z.infer<typeof ProviderSchema>;

/**
 * The layer of a kind.
 *
 * @example
 * layerOf('agent.captcha'); // 'agent'
 */
export function layerOf(kind: FailureKind): Layer {
  return kind.slice(0, kind.indexOf('.')) as Layer;
}
