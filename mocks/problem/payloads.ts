import type { AgentOutcome } from '../agent/outcome.ts';
import { browserServerCode } from '../agent/browser-server-code.ts';

/** The media type of an RFC 9457 problem document. */
export const PROBLEM_JSON = 'application/problem+json';

/** The type URIs of the simulated API's refusals of a request (`<base>/<slug>`). */
export const API_PROBLEM_TYPES = 'https://problems.faultline.test';
/** The type URIs of what the simulated API's agent met in the browser (`<base>/<slug>`). */
const AGENT_PROBLEM_TYPES = 'https://agents.example/problems';

/** An RFC 9457 problem with the agent extensions of seed 003, and the status it travels with. */
export interface Problem {
  status: number;
  /** The `type` URI. */
  type: string;
  title: string;
  detail?: string;
  is_retriable: boolean;
  retry_after_ms?: number;
  suggestions?: unknown[];
  errors?: unknown[];
}

/**
 * The problem document's JSON body: `type`, `title`, `status`, `detail`, and the extensions.
 *
 * @example
 * problemBody({ status: 429, type: `${API_PROBLEM_TYPES}/rate-limited`, title: 'Too many requests', is_retriable: true, retry_after_ms: 2000 }, 'trace-1');
 */
export function problemBody(problem: Problem, traceId: string): Record<string, unknown> {
  return { ...problem, trace_id: traceId };
}

/**
 * How the problem API reports what its agent met in the real browser (seed 003: problems with
 * `is_retriable` and `retry_after_ms`): walls, the site's own 429/503, navigation timeouts,
 * a missing selector, a dead proxy or browser. `null` for an answer (the body is the answer).
 *
 * @example
 * agentProblem({ type: 'wall', wall: 'captcha' }); // { type: 'https://agents.example/problems/captcha-required', status: 403, is_retriable: false, … }
 */
export function agentProblem(outcome: AgentOutcome): Problem | null {
  const problem = (status: number, slug: string, retriable: boolean, extra: Partial<Problem> = {}): Problem => ({
    type: `${AGENT_PROBLEM_TYPES}/${slug}`,
    title: slug.replace(/-/g, ' '),
    status,
    is_retriable: retriable,
    ...extra,
  });
  switch (outcome.type) {
    case 'answer':
      return null;
    case 'wall':
      return outcome.wall === 'captcha'
        ? problem(403, 'captcha-required', false)
        : problem(401, 'login-required', false);
    case 'http':
      if (outcome.viaProxy && [407, 502, 403].includes(outcome.status))
        return problem(502, 'upstream-proxy-failed', true);
      return outcome.status === 429
        ? problem(429, 'site-rate-limited', true, { retry_after_ms: Number(outcome.retryAfter ?? 30) * 1000 })
        : problem(503, 'site-maintenance', true, { retry_after_ms: Number(outcome.retryAfter ?? 120) * 1000 });
    case 'error': {
      const code = browserServerCode(outcome.error);
      if (code === 'NAVIGATION_TIMEOUT') return problem(504, 'navigation-timeout', true);
      if (code === 'SELECTOR_NOT_FOUND') return problem(422, 'selector-not-found', false);
      return problem(
        502,
        code === 'PROXY_CONNECTION_FAILED' ? 'upstream-proxy-failed' : 'upstream-browser-failed',
        true,
        { detail: outcome.error.message.split('\n')[0]! },
      );
    }
  }
}
