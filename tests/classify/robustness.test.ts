import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, type Classification } from '../../harness/classify/index.ts';
import { FailureSchema, type Provider } from '../../harness/contract/index.ts';
import { MALFORMED_BODIES, MALFORMED_CORPUS } from './malformed-corpus.ts';

const PROVIDERS: Provider[] = ['hcompany', 'skyvern', 'webcompute', 'problem', 'playwright', 'cli'];

/** A classification is well-formed: a schema-valid Failure, a success, or a pending status. */
function expectWellFormed(result: Classification): void {
  if (result.state === 'failure') expect(FailureSchema.safeParse(result.failure).error).toBeUndefined();
  else if (result.state === 'pending') expect(typeof result.status).toBe('string');
  else expect(result.state).toBe('success');
  expect(result.state === 'failure' && result.failure.code === 'faultline.classify_error').toBe(false);
}

describe('the malformed corpus', () => {
  it('holds at least 50 distinct bodies', () => {
    expect(MALFORMED_BODIES).toBeGreaterThanOrEqual(50);
  });

  it.each(PROVIDERS)(
    '%s: every body under every status is classified, never an exception or an internal classifier error',
    (provider) => {
      for (const c of MALFORMED_CORPUS) {
        const result = classify({ provider, response: { status: c.status, headers: c.headers, body: c.body } });
        expectWellFormed(result);
        if (c.status !== null && c.status >= 400 && result.state === 'failure')
          expect(result.failure.status).toBe(c.status);
      }
    },
  );
});

describe('property: classify is total', () => {
  const status = fc.oneof(fc.constant(null), fc.integer({ min: 100, max: 599 }));
  const headers = fc.dictionary(
    fc.constantFrom('content-type', 'retry-after', 'Retry-After', 'x-other'),
    fc.string({ maxLength: 40 }),
  );
  const body = fc.oneof(
    fc.string(),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.jsonValue(),
    fc.uint8Array({ maxLength: 64 }),
    fc
      .record(
        {
          status: fc.oneof(
            fc.constantFrom('completed', 'failed', 'timed_out', 'terminated', 'queued', 'canceled'),
            fc.jsonValue(),
          ),
          error_code: fc.oneof(fc.constantFrom('internal', 'timeout', 'no_answer'), fc.jsonValue()),
          outcome: fc.oneof(fc.constantFrom('success', 'blocked', 'partial'), fc.jsonValue()),
          output: fc.jsonValue(),
          errors: fc.jsonValue(),
          success: fc.jsonValue(),
          error: fc.jsonValue(),
          code: fc.oneof(fc.constantFrom('RATE_LIMITED', 'DAYTONA_ERROR'), fc.jsonValue()),
          retryable: fc.jsonValue(),
          next: fc.jsonValue(),
          type: fc.jsonValue(),
          is_retriable: fc.jsonValue(),
          retry_after_ms: fc.jsonValue(),
          suggestions: fc.jsonValue(),
        },
        { requiredKeys: [] },
      )
      .map((v) => JSON.stringify(v)),
  );
  const thrown = fc.oneof(
    fc.jsonValue(),
    fc.record({
      name: fc.constantFrom('RateLimitError', 'TimeoutError', 'ConnectionError', 'Error', 'WebcomputeError'),
      message: fc.string(),
      code: fc.jsonValue(),
      statusCode: fc.jsonValue(),
    }),
  );

  it.each(PROVIDERS)('%s: random responses and random thrown values always classify', (provider) => {
    fc.assert(
      fc.property(status, headers, body, (s, h, b) =>
        expectWellFormed(classify({ provider, response: { status: s, headers: h, body: b } })),
      ),
      { seed: 20261128, numRuns: 400 },
    );
    fc.assert(
      fc.property(thrown, (t) => expectWellFormed(classify({ provider, thrown: t }))),
      { seed: 20261128, numRuns: 200 },
    );
  });
});
