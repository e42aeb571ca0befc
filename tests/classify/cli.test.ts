import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../harness/classify/index.ts';
import { CLI_CODES } from '../../harness/classify/cli-codes.ts';
import { FailureSchema, type FailureKind, type NativeProcess } from '../../harness/contract/index.ts';
import { ANSWER_SCHEMA, failureOf } from './helpers.ts';

const ended = (process: Partial<NativeProcess>) => ({
  provider: 'cli' as const,
  process: { exitCode: 1, signal: null, stdout: '', stderr: '', ...process },
});
const failing = (exitCode: number, error: unknown, extra: Partial<NativeProcess> = {}) =>
  ended({ exitCode, stderr: `${JSON.stringify(error)}\n`, ...extra });

describe('a command-line tool that exits 0', () => {
  it('answers with the JSON on stdout', () => {
    expect(
      classify(ended({ exitCode: 0, stdout: '{"product":"Framework 13","price":1049}\n' }), {
        answerSchema: ANSWER_SCHEMA,
      }),
    ).toEqual({ state: 'success', answer: { product: 'Framework 13', price: 1049 } });
  });

  it.each([
    ['plain text', 'Framework 13: 1049 EUR', /stdout is not valid JSON/],
    ['truncated JSON', '{"product":"Framework 13","pri', /stdout is not valid JSON/],
    ['nothing', '', /stdout is empty/],
  ])('with %s on stdout is malformed, like an unreadable 2xx body', (_name, stdout, message) => {
    const failure = failureOf(ended({ exitCode: 0, stdout }));
    expect(failure).toMatchObject({ kind: 'transport.malformed_response', provider: 'cli', code: null });
    expect(failure.message).toMatch(message);
  });

  it("judges its answer against the task's schema", () => {
    expect(
      failureOf(ended({ exitCode: 0, stdout: '{"product":"Framework 13","price":"n/a"}' }), {
        answerSchema: ANSWER_SCHEMA,
      }).kind,
    ).toBe('answer.schema_mismatch');
    expect(failureOf(ended({ exitCode: 0, stdout: '{}' })).kind).toBe('answer.missing');
  });
});

describe('the exit status decides when stderr says nothing more specific', () => {
  it.each<[number, string, FailureKind]>([
    [1, 'exit 1', 'platform.internal'],
    [2, 'exit 2', 'platform.internal'],
    [64, 'EX_USAGE', 'platform.invalid_request'],
    [65, 'EX_DATAERR', 'platform.invalid_request'],
    [66, 'EX_NOINPUT', 'platform.not_found'],
    [67, 'exit 67', 'platform.internal'],
    [69, 'EX_UNAVAILABLE', 'platform.unavailable'],
    [70, 'EX_SOFTWARE', 'platform.internal'],
    [75, 'EX_TEMPFAIL', 'platform.unavailable'],
    [77, 'EX_NOPERM', 'platform.forbidden'],
    [78, 'EX_CONFIG', 'platform.invalid_request'],
    [130, 'SIGINT', 'platform.canceled'],
    [137, 'SIGKILL', 'platform.internal'],
    [143, 'SIGTERM', 'platform.internal'],
    [129, 'exit 129', 'platform.internal'],
  ])('exit %i → %s, %s', (exitCode, code, kind) => {
    expect(failureOf(ended({ exitCode }))).toMatchObject({
      kind,
      code,
      provider: 'cli',
      status: null,
      retryable: null,
      retryAfterMs: null,
      next: null,
    });
  });

  it.each<[string, FailureKind]>([
    ['SIGINT', 'platform.canceled'],
    ['SIGKILL', 'platform.internal'],
    ['SIGTERM', 'platform.internal'],
    ['SIGSEGV', 'platform.internal'],
  ])('a process ended by %s → %s, the signal kept as its code', (signal, kind) => {
    expect(failureOf(ended({ exitCode: null, signal }))).toMatchObject({ kind, code: signal });
  });
});

describe('the structured error on stderr', () => {
  it('reads code, is_retriable, retry_after_ms and the first suggestion; keeps the rest in raw', () => {
    const error = {
      code: 'rate_limited',
      message: 'too many runs',
      is_retriable: true,
      retry_after_ms: 1500,
      suggestions: [{ action: 'wait', title: 'Wait' }],
      errors: [],
      trace_id: 't-1',
      doc_uri: 'https://docs.example/x',
    };
    const failure = failureOf(failing(75, error));
    expect(failure).toMatchObject({
      kind: 'platform.rate_limited',
      code: 'rate_limited',
      retryable: true,
      retryAfterMs: 1500,
      next: 'wait',
      status: null,
    });
    expect(failure.message).toBe('EX_TEMPFAIL (rate_limited): too many runs');
    expect(failure.raw).toMatchObject({ exitCode: 75, stderr: expect.stringContaining('"trace_id":"t-1"') });
  });

  it('a code the tool is known to send beats the exit status; each known code has a kind', () => {
    expect(failureOf(failing(1, { code: 'unauthenticated' })).kind).toBe('platform.unauthorized');
    expect(failureOf(failing(75, { code: 'locked' })).kind).toBe('platform.wrong_state');
    expect(failureOf(failing(69, { code: 'concurrency_limit' })).kind).toBe('platform.concurrency_limit');
    expect(failureOf(failing(1, { code: 'interrupted' })).kind).toBe('platform.canceled');
    for (const [code, kind] of Object.entries(CLI_CODES)) expect(failureOf(failing(1, { code })).kind, code).toBe(kind);
  });

  it("another tool's code decides nothing: no word of it is read, the exit status decides and the code is kept", () => {
    expect(failureOf(failing(77, { code: 'E_RATE_LIMITED' }))).toMatchObject({
      kind: 'platform.forbidden',
      code: 'E_RATE_LIMITED',
    });
    expect(failureOf(failing(1, { code: 'RATE_LIMITED' }))).toMatchObject({
      kind: 'platform.internal',
      code: 'RATE_LIMITED',
    });
    expect(failureOf(failing(1, { code: 'constructor' }))).toMatchObject({
      kind: 'platform.internal',
      code: 'constructor',
    });
    expect(failureOf(failing(75, { message: 'rate limited, try again' }))).toMatchObject({
      kind: 'platform.unavailable',
      code: 'EX_TEMPFAIL',
    });
  });

  it('reads the last line when the tool logged before its error', () => {
    const failure = failureOf(
      ended({ exitCode: 75, stderr: 'info: loading\nwarn: locked\n{"code":"locked","retry_after_ms":2000}\n' }),
    );
    expect(failure).toMatchObject({ kind: 'platform.wrong_state', code: 'locked', retryAfterMs: 2000 });
  });

  it('ignores fields of the wrong type', () => {
    expect(
      failureOf(failing(75, { code: 7, is_retriable: 'yes', retry_after_ms: -5, suggestions: 'abort' })),
    ).toMatchObject({
      kind: 'platform.unavailable',
      code: 'EX_TEMPFAIL',
      retryable: null,
      retryAfterMs: null,
      next: null,
    });
  });

  it('removes secrets from the message and the raw payload', () => {
    const failure = failureOf(
      failing(77, { code: 'permission_denied', message: 'key sk-live-1234567890abcdef refused' }),
      { secrets: ['sk-live-1234567890abcdef'] },
    );
    expect(JSON.stringify(failure)).not.toContain('sk-live-1234567890abcdef');
  });
});

describe('malformed stderr classifies by the exit status, without throwing', () => {
  it.each([
    ['plain text', 'Error: something went wrong\n', /stderr is not valid JSON/],
    ['truncated JSON', '{"code":"rate_limited","is_retriable":true,"retry_af', /stderr is not valid JSON/],
    ['nothing', '', /stderr is empty/],
    ['whitespace', ' \n\n ', /stderr is empty/],
    ['an HTML page', '<html><body>502</body></html>', /stderr is HTML/],
    ['a JSON array', '[{"code":"rate_limited"}]', /stderr is JSON, but not an object/],
    ['a JSON string', '"rate_limited"', /stderr is JSON, but not an object/],
    ['null', 'null', /stderr is JSON, but not an object/],
  ])('%s', (_name, stderr, message) => {
    const failure = failureOf(ended({ exitCode: 75, stderr }));
    expect(failure).toMatchObject({ kind: 'platform.unavailable', code: 'EX_TEMPFAIL', retryable: null });
    expect(failure.message).toMatch(message);
  });

  it('property: any process, any output, always a well-formed classification', () => {
    const output = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record(
          {
            code: fc.oneof(fc.constantFrom(...Object.keys(CLI_CODES)), fc.jsonValue()),
            is_retriable: fc.jsonValue(),
            retry_after_ms: fc.jsonValue(),
            suggestions: fc.jsonValue(),
            message: fc.jsonValue(),
          },
          { requiredKeys: [] },
        )
        .map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 255 })),
        fc.oneof(fc.constant(null), fc.constantFrom('SIGINT', 'SIGKILL', 'SIGTERM', 'SIGHUP')),
        output,
        output,
        (exitCode, signal, stdout, stderr) => {
          const result = classify({ provider: 'cli', process: { exitCode, signal, stdout, stderr } });
          if (result.state === 'failure') expect(FailureSchema.safeParse(result.failure).error).toBeUndefined();
          expect(result.state === 'failure' && result.failure.code === 'faultline.classify_error').toBe(false);
        },
      ),
      { seed: 16, numRuns: 500 },
    );
  });
});

describe('the cli provider over HTTP', () => {
  it('is not something a command-line tool answers: malformed', () => {
    expect(failureOf({ provider: 'cli', response: { status: 200, body: '{"price":1}' } }).kind).toBe(
      'transport.malformed_response',
    );
  });
});
