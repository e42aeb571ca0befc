import fc from 'fast-check';
import type { RawStep } from '../scenario/spec.ts';
import type { SimulatedProvider } from '../../mocks/simulators.ts';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  fault: 'http.response',
  with: { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) },
});
const retryAfterS = fc.integer({ min: 1, max: 120 }).map(String);
const network = fc.constantFrom<RawStep>({ fault: 'network.refused' }, { fault: 'network.reset' });

/** Faults every HTTP platform can answer: rate limits with Retry-After, 5xx, dropped connections. */
const httpFaults = (detail: (message: string) => unknown): fc.Arbitrary<RawStep> =>
  fc.oneof(
    retryAfterS.map((s) => json(429, detail('Rate limit exceeded'), { 'retry-after': s })),
    fc.constantFrom(500, 502, 503).map((status) => json(status, detail('Service error'))),
    network,
  );

/** One random fault per provider, in the shapes the seeds describe. */
const STEP: Record<SimulatedProvider, fc.Arbitrary<RawStep>> = {
  hcompany: fc.oneof(
    fc
      .record({
        status: fc.constant('failed'),
        error_code: fc.constantFrom('environment_error', 'no_answer', 'answer_validation', 'internal'),
      })
      .map((session) => ({ fault: 'hcompany.session', with: session })),
    fc.constant({ fault: 'hcompany.session', with: { status: 'timed_out', error_code: 'timeout' } }),
    fc
      .constantFrom('partial', 'infeasible', 'blocked')
      .map((outcome) => ({ fault: 'hcompany.session', with: { status: 'completed', outcome, answer: null } })),
    httpFaults((detail) => ({ detail })),
  ),
  skyvern: fc.oneof(
    fc
      .record({
        status: fc.constantFrom('failed', 'terminated', 'timed_out', 'canceled'),
        failure_reason: fc.constantFrom(
          'Browser crashed',
          'Login failed: invalid credentials',
          'Reached the max steps',
          'The page is unavailable',
        ),
      })
      .map((run) => ({ fault: 'skyvern.run', with: run })),
    httpFaults((error) => ({ detail: error })),
  ),
  webcompute: fc.oneof(
    fc
      .constantFrom<Record<string, unknown>>(
        { status: 409, code: 'browser_configuring', retryable: true, next: 'retry' },
        { status: 429, code: 'RATE_LIMITED', retryable: true, next: 'retry' },
        { status: 429, code: 'CONCURRENT_LIMIT', retryable: true, next: 'retry' },
        { status: 502, code: 'BROWSER_CONFIGURE_FAILED', retryable: true, next: 'retry' },
        { status: 504, code: 'BROWSER_HEALTH_TIMEOUT', retryable: true, next: 'retry' },
        { status: 500, code: 'INTERNAL_ERROR', retryable: true, next: 'retry' },
        { status: 400, code: 'INVALID_PARAMS', retryable: false, next: 'change_request' },
      )
      .chain((envelope) =>
        envelope.status === 429
          ? retryAfterS.map((retryAfter) => ({ ...envelope, retryAfter }))
          : fc.constant(envelope),
      )
      .map((envelope) => ({ fault: 'webcompute.gateway', with: envelope })),
    fc
      .constantFrom(
        'BROWSER_CRASHED',
        'NAVIGATION_TIMEOUT',
        'SELECTOR_NOT_FOUND',
        'PROXY_CONNECTION_FAILED',
        'EXECUTE_FAILED',
      )
      .map((code) => ({ fault: 'webcompute.execute', with: { code } })),
    network,
  ),
  problem: fc.oneof(
    fc
      .record({
        status: fc.constantFrom(429, 500, 502, 503),
        is_retriable: fc.constant(true),
        retry_after_ms: fc.option(fc.integer({ min: 100, max: 120_000 }), { nil: undefined }),
      })
      .map(({ retry_after_ms, ...problem }) => ({
        fault: 'problem.document',
        with: {
          ...problem,
          type: `https://api.example.com/problems/http-${problem.status}`,
          ...(retry_after_ms !== undefined && { retry_after_ms }),
        },
      })),
    fc.constantFrom(400, 404, 422).map((status) => ({
      fault: 'problem.document',
      with: { status, type: `https://api.example.com/problems/http-${status}`, is_retriable: false },
    })),
    network,
  ),
};

/**
 * A random fault schedule for a provider: one to four steps, each armed one to three times in a
 * row, from faults in the shapes the provider's seed describes.
 *
 * @example
 * fc.sample(scheduleArbitrary('hcompany'), 1); // [[{ fault: 'http.response', with: { status: 429, … }, times: 2 }]]
 */
export function scheduleArbitrary(provider: SimulatedProvider): fc.Arbitrary<RawStep[]> {
  const step = fc.tuple(STEP[provider], fc.integer({ min: 1, max: 3 })).map(([s, times]) => ({ ...s, times }));
  return fc.array(step, { minLength: 1, maxLength: 4 });
}
