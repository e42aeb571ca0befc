import { describe, expect, it } from 'vitest';
import { classify } from '../../harness/classify/index.ts';
import type { Failure } from '../../harness/contract/index.ts';
import {
  answerFromPayload,
  buildScenarioSpec,
  classifyStep,
  expectationFor,
  faultStep,
  NewScenarioError,
  parseScenarioId,
  redactAnswer,
  renderScenarioFile,
  scenarioPath,
  toSource,
  verifyScenario,
} from '../../harness/catalogue/new-scenario.ts';
import { defineScenario } from '../../harness/scenario/define.ts';
import type { RawScenarioInput } from '../../harness/scenario/spec.ts';

const CANARY = 'hai_live_CANARYtest1234567890abcd';

/** The failure a native HTTP answer classifies as. */
function failureOf(
  provider: Failure['provider'],
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Failure {
  const classified = classify({
    provider,
    response: { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) },
  });
  if (classified.state !== 'failure') throw new Error(`expected a failure, got ${classified.state}`);
  return classified.failure;
}

function message(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(NewScenarioError);
    return (error as Error).message;
  }
  throw new Error('expected a NewScenarioError');
}

describe('parseScenarioId', () => {
  it('splits <provider>/<name> and refuses anything else, naming what was expected', () => {
    expect(parseScenarioId('skyvern/login-failed')).toEqual({ provider: 'skyvern', name: 'login-failed' });
    expect(message(() => parseScenarioId('Skyvern/x'))).toMatch(
      /expected "<provider>\/<name>" in lower-case kebab words/,
    );
    expect(message(() => parseScenarioId('skyvern/a/b'))).toMatch(/lower-case kebab words/);
    expect(message(() => parseScenarioId('skyvern/-x'))).toMatch(/lower-case kebab words/);
    expect(message(() => parseScenarioId('nope/x'))).toMatch(
      /unknown provider "nope"; expected one of: hcompany, skyvern, webcompute, problem, playwright/,
    );
    expect(scenarioPath('skyvern/login-failed')).toBe('scenarios/skyvern/login-failed.scenario.ts');
    expect(scenarioPath('skyvern/login-failed', 'faultline/')).toBe('faultline/skyvern/login-failed.scenario.ts');
  });
});

describe('faultStep', () => {
  it('fills a fault that needs parameters with its example, and leaves out empty ones', () => {
    expect(faultStep('webcompute', 'webcompute.gateway')).toEqual({
      fault: 'webcompute.gateway',
      with: { status: 429, code: 'RATE_LIMITED', type: 'rate_limit', retryable: true, retryAfter: '2' },
    });
    expect(faultStep('problem', 'network.refused')).toEqual({ fault: 'network.refused' });
    expect(faultStep('hcompany', 'hcompany.session', { status: 'failed', error_code: 'no_answer' })).toEqual({
      fault: 'hcompany.session',
      with: { status: 'failed', error_code: 'no_answer' },
    });
  });

  it('refuses an unknown fault (listing the ids), a fault of another provider, a browser fault and bad params (with their path)', () => {
    expect(message(() => faultStep('skyvern', 'skyvern.rn'))).toMatch(
      /--fault: unknown fault "skyvern\.rn"; expected one of: hcompany\.session, skyvern\.run, /,
    );
    expect(message(() => faultStep('skyvern', 'hcompany.session'))).toMatch(
      /--fault: fault "hcompany\.session" is for hcompany, not for provider "skyvern"/,
    );
    expect(message(() => faultStep('skyvern', 'site.page'))).toMatch(
      /--fault: "site\.page" drives a real browser.*by hand/,
    );
    expect(message(() => faultStep('skyvern', 'skyvern.run', { status: 3, extra: true }))).toMatch(
      /--with: invalid parameters for skyvern\.run:\n {2}with\.status: .*expected string[\s\S]*with: Unrecognized key: "extra"/,
    );
  });
});

describe('expectationFor', () => {
  it('ends in accept when the oracle retries: the schedule is then spent and the run succeeds', () => {
    const limited = failureOf(
      'webcompute',
      429,
      { code: 'RATE_LIMITED', type: 'rate_limit', retryable: true },
      { 'retry-after': '2' },
    );
    expect(expectationFor(limited)).toEqual({ end: ['accept'], kinds: ['platform.rate_limited'] });
  });

  it('ends in abort or escalate when the provider says next: abort, though the kind alone would be retried', () => {
    const capped = failureOf('webcompute', 429, {
      code: 'RATE_LIMITED',
      type: 'rate_limit',
      retryable: false,
      next: 'abort',
    });
    expect(expectationFor(capped)).toEqual({ end: ['abort', 'escalate'], kinds: ['platform.rate_limited'] });
  });

  it('ends in what the oracle allows when it never retries', () => {
    const invalid = failureOf('problem', 422, {
      type: 'https://x/validation',
      title: 'Invalid',
      status: 422,
      is_retriable: false,
    });
    expect(expectationFor(invalid)).toEqual({ end: ['abort', 'escalate'], kinds: ['platform.invalid_request'] });
    const captcha = failureOf('skyvern', 200, {
      status: 'terminated',
      output: { error: 'captcha_blocked' },
      failure_reason: 'CAPTCHA',
    });
    expect(expectationFor(captcha)).toEqual({ end: ['escalate'], kinds: ['agent.captcha'] });
  });
});

describe('answerFromPayload', () => {
  it('reads an HTTP answer, a bare body (HTTP 200) and a problem document (its own status)', () => {
    expect(
      answerFromPayload({ status: 429, headers: { 'Retry-After': 2 }, body: { code: 'RATE_LIMITED' } }, 'p.json'),
    ).toEqual({
      status: 429,
      headers: { 'retry-after': '2' },
      body: { code: 'RATE_LIMITED' },
    });
    expect(answerFromPayload({ status: 'failed', error_code: 'internal' }, 'p.json')).toMatchObject({
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
    expect(answerFromPayload({ type: 'about:blank', title: 'Unavailable', status: 503 }, 'p.json')).toMatchObject({
      status: 503,
      headers: { 'content-type': 'application/problem+json' },
    });
    expect(answerFromPayload({ status: 200, result: 'x' }, 'p.json').status).toBe(200);
  });

  it('refuses what is neither, naming the file', () => {
    expect(message(() => answerFromPayload([1, 2], 'p.json'))).toMatch(
      /--from p\.json: expected an HTTP answer .* got an array/,
    );
    expect(message(() => answerFromPayload({ status: 99, body: '' }, 'p.json'))).toMatch(
      /--from p\.json: status: expected an HTTP status from 100 to 599/,
    );
    expect(message(() => answerFromPayload({ status: 500, headers: { a: {} }, body: '' }, 'p.json'))).toMatch(
      /--from p\.json: headers\.a: expected a string/,
    );
  });
});

describe('redactAnswer', () => {
  it('drops headers that carry credentials and redacts keys in the body', () => {
    const { answer, droppedHeaders } = redactAnswer({
      status: 401,
      headers: {
        authorization: 'Bearer abcdefghijklmnop',
        'x-api-key': CANARY,
        cookie: 'session=1',
        'x-debug': `key ${CANARY}`,
        'x-request-id': 'req_1',
      },
      body: { detail: `API key ${CANARY} was refused`, api_key: 'plain-secret', nested: { token: 'tok' } },
    });
    expect(droppedHeaders).toEqual(['authorization', 'x-api-key', 'cookie', 'x-debug']);
    expect(answer.headers).toEqual({ 'x-request-id': 'req_1', 'content-type': 'application/json' });
    expect(JSON.parse(answer.body)).toEqual({
      detail: 'API key [redacted] was refused',
      api_key: '[redacted]',
      nested: { token: '[redacted]' },
    });
    expect(JSON.stringify(answer)).not.toContain('CANARY');
    expect(JSON.stringify(answer)).not.toContain('plain-secret');
  });

  it('redacts JSON and non-JSON text bodies and keeps a given content type', () => {
    expect(redactAnswer({ status: 200, headers: {}, body: `{"detail":"${CANARY}"}` }).answer.body).toBe(
      '{"detail":"[redacted]"}',
    );
    const html = redactAnswer({
      status: 502,
      headers: { 'content-type': 'text/html' },
      body: `<p>Bearer ${CANARY}</p>`,
    }).answer;
    expect(html).toEqual({ status: 502, headers: { 'content-type': 'text/html' }, body: '<p>Bearer [redacted]</p>' });
  });
});

describe('toSource and renderScenarioFile', () => {
  it('writes values as TypeScript that reads back to the same value', () => {
    const value = { a: "it's", 'retry-after': '2', b: [1, null, true], c: 'line\nbreak \\ "quoted"', d: {}, e: [] };
    expect(toSource({ end: ['accept'], 'retry-after': '2' })).toBe("{ end: ['accept'], 'retry-after': '2' }");
    expect((0, eval)(`(${toSource(value)})`)).toEqual(value);
    const long = { body: 'x'.repeat(120), headers: { 'content-type': 'text/html' } };
    expect(toSource(long)).toBe(`{\n  body: '${'x'.repeat(120)}',\n  headers: { 'content-type': 'text/html' },\n}`);
  });

  it('renders a scenario file: comment, import, scenario(id, spec)', () => {
    const spec: RawScenarioInput = {
      title: 'Rate limited once',
      sources: [],
      schedule: [{ fault: 'webcompute.gateway', with: { status: 429, code: 'RATE_LIMITED' } }],
      expect: { end: ['accept'], kinds: ['platform.rate_limited'] },
    };
    expect(renderScenarioFile('webcompute/limited', spec, ['Replays p.json.'])).toBe(
      [
        '// Replays p.json.',
        "import { scenario } from 'faultline';",
        '',
        "export default scenario('webcompute/limited', {",
        "  title: 'Rate limited once',",
        '  sources: [],',
        "  schedule: [{ fault: 'webcompute.gateway', with: { status: 429, code: 'RATE_LIMITED' } }],",
        "  expect: { end: ['accept'], kinds: ['platform.rate_limited'] },",
        '});',
        '',
      ].join('\n'),
    );
  });
});

describe('building and checking a scenario', () => {
  it('classifies the realized step, fills the expectation from the oracle and passes the reference handler', async () => {
    const id = 'hcompany/new-internal';
    const step = faultStep('hcompany', 'hcompany.session');
    const failure = await classifyStep(id, 'hcompany', step);
    const spec = buildScenarioSpec({ id, step, failure });
    expect(spec).toMatchObject({ schedule: [step], expect: { end: ['accept'], kinds: ['platform.internal'] } });
    expect(spec.title).toMatch(/^platform\.internal from hcompany\.session: /);
    expect(() => defineScenario(id, spec, scenarioPath(id))).not.toThrow();
    expect(await verifyScenario(id, spec)).toEqual([]);
  });

  it('reports why a scenario would not pass against the reference handler', async () => {
    const id = 'hcompany/new-wrong';
    const step = faultStep('hcompany', 'hcompany.session');
    const spec = {
      ...buildScenarioSpec({ id, step, failure: await classifyStep(id, 'hcompany', step) }),
      expect: { end: ['abort' as const], kinds: ['platform.internal' as const] },
    };
    expect((await verifyScenario(id, spec)).join('\n')).toMatch(/seed 1: .*the scenario to end with abort/);
  });

  it('refuses a payload that is a success', async () => {
    const step = faultStep('skyvern', 'skyvern.run', {
      status: 'completed',
      output: { product: 'Framework 13', price: 1049 },
    });
    await expect(classifyStep('skyvern/x', 'skyvern', step, '--from ok.json')).rejects.toThrow(
      /--from ok\.json: the payload classifies as a success/,
    );
  });
});
