import { describe, expect, it } from 'vitest';
import { observableNative, OMITTED } from '../../harness/classify/observable.ts';
import type { Native } from '../../harness/classify/index.ts';
import { REDACTED } from '../../harness/redact.ts';
import { failureOf, json } from './helpers.ts';

/** A failed execute result whose error carries what seed 002 says must not reach logs. */
const SENSITIVE_ERROR = {
  code: 'EXECUTE_FAILED',
  name: 'TimeoutError',
  message:
    'Timeout waiting for #balance on https://bank.test/acct?session=s3cr3t\nPage text: Balance 12,345.67 EUR\n    at /home/alice/run.js:3:7',
  stack: 'TimeoutError: …\n    at /home/alice/run.js:3:7',
  page: { html: '<p>Balance 12,345.67 EUR</p>' },
};
const LEAKS = ['s3cr3t', '12,345.67', '/home/alice', 'stack', '<p>'];
const executeResult = {
  success: false,
  error: SENSITIVE_ERROR,
  logs: ['console: user alice@bank.test'],
  artifacts: [{ kind: 'screenshot' }],
};

describe('a failed Webcompute execute result keeps its error code and a trimmed message, never the whole error', () => {
  const kept = {
    code: 'EXECUTE_FAILED',
    name: 'TimeoutError',
    message: `Timeout waiting for #balance on https://bank.test/acct?${REDACTED}`,
  };

  it.each<[string, unknown]>([
    ['a JSON text', JSON.stringify(executeResult)],
    ['a parsed body', executeResult],
    ['UTF-8 bytes', new TextEncoder().encode(JSON.stringify(executeResult))],
  ])('in the trace (observableNative), from %s', (_name, body) => {
    const native: Native = {
      provider: 'webcompute',
      response: { status: 200, headers: { 'content-type': 'application/json' }, body },
    };
    const observed = observableNative(native);
    expect(observed).toEqual({
      provider: 'webcompute',
      response: {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: { success: false, error: kept, logs: OMITTED, artifacts: OMITTED },
      },
    });
    for (const leak of LEAKS) expect(JSON.stringify(observed)).not.toContain(leak);
  });

  it('in the Failure (raw and message)', () => {
    const failure = failureOf(json('webcompute', 200, executeResult));
    expect(failure).toMatchObject({
      kind: 'browser.execute_failed',
      code: 'EXECUTE_FAILED',
      raw: { success: false, error: kept },
    });
    expect(failure.message).toBe(`browser code failed: EXECUTE_FAILED: ${kept.message}`);
    for (const leak of LEAKS) expect(JSON.stringify(failure)).not.toContain(leak);
  });

  it('an error without a message or code keeps what there is', () => {
    const failure = failureOf(json('webcompute', 200, { success: false, error: { name: 'Error' } }));
    expect(failure).toMatchObject({
      kind: 'browser.execute_failed',
      code: null,
      message: 'browser code failed',
      raw: { success: false, error: { code: null, name: 'Error', message: null } },
    });
  });
});

describe('observableNative leaves other payloads as they are, secrets removed', () => {
  it.each<[string, Native]>([
    [
      'a successful execute result',
      {
        provider: 'webcompute',
        response: { status: 200, body: { success: true, result: { price: 1 }, logs: ['ok'] } },
      },
    ],
    [
      'a gateway envelope',
      { provider: 'webcompute', response: { status: 429, body: '{"code":"RATE_LIMITED","message":"slow down"}' } },
    ],
    ['an unreadable Webcompute body', { provider: 'webcompute', response: { status: 502, body: '<html>502</html>' } }],
    [
      'an H Company session',
      { provider: 'hcompany', response: { status: 200, body: '{"status":"failed","error_code":"internal"}' } },
    ],
  ])('%s', (_name, native) => {
    expect(observableNative(native)).toEqual(native);
  });

  it('removes known secrets from any payload', () => {
    const native: Native = {
      provider: 'hcompany',
      response: {
        status: 401,
        headers: { authorization: 'Bearer abc' },
        body: '{"message":"Invalid API key canary-1"}',
      },
    };
    expect(JSON.stringify(observableNative(native, ['canary-1']))).not.toMatch(/canary-1|Bearer abc/);
  });

  it.each<[string, unknown, unknown]>([
    [
      'a Playwright error: name, code, first line',
      Object.assign(
        new Error('page.goto: Timeout 300ms exceeded.\nCall log:\n  - navigating to "http://127.0.0.1:4100/?q=1"'),
        { name: 'TimeoutError' },
      ),
      { name: 'TimeoutError', message: 'page.goto: Timeout 300ms exceeded.', code: undefined },
    ],
    [
      'a Node network error',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
      { name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:9', code: 'ECONNREFUSED' },
    ],
    [
      'an SDK error: its details are not kept',
      Object.assign(new Error('Rate limited'), {
        name: 'RateLimitError',
        code: 'RATE_LIMITED',
        details: { page: 'x' },
      }),
      { name: 'RateLimitError', message: 'Rate limited', code: 'RATE_LIMITED' },
    ],
    ['a thrown string', 'boom\n  at x', 'boom'],
  ])('something thrown: %s', (_name, thrown, expected) => {
    expect(observableNative({ provider: 'webcompute', thrown })).toEqual({ provider: 'webcompute', thrown: expected });
  });
});
