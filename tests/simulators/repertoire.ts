import { createServer } from 'node:http';
import type { z } from 'zod';
import type { Native } from '../../harness/contract/index.ts';
import type { AgentOutcome } from '../../mocks/agent/outcome.ts';
import {
  ChangesSchema,
  HErrorSchema,
  QuotaSchema,
  SessionSchema,
  SessionStatusSchema,
} from '../../mocks/hcompany/schema.ts';
import { listenOnLoopback } from '../../mocks/net/listen.ts';
import { PLATFORMS, type SimulatedProvider } from '../../mocks/platforms.ts';
import { ProblemSchema } from '../../mocks/problem/schema.ts';
import { SkyvernErrorSchema, TaskRunResponseSchema, WebhookPayloadSchema } from '../../mocks/skyvern/schema.ts';
import type { Fate, FateSource } from '../../mocks/simulators.ts';
import { QUICK_ACTION_FAILURES, executeFailure } from '../../mocks/webcompute/payloads.ts';
import {
  BrowserSchema,
  BrowserStatusSnapshotSchema,
  ExecuteResultSchema,
  GatewayErrorSchema,
  ScrapeResultSchema,
} from '../../mocks/webcompute/schema.ts';
import { KEY, jsonInit, mount, send } from './helpers.ts';

type Clock = Parameters<typeof send>[0];

/** One answer a simulator gave, as the client received it, with the schema the reference gives it. */
export interface Answer {
  provider: SimulatedProvider;
  /** What was asked and in which state, in words. */
  what: string;
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The reference-derived schema of the body; null for an answer without one (204). */
  schema: z.ZodType | null;
  /** The webhook's signature headers, for webhook deliveries. */
  webhook?: { signature: string; timestamp: string };
}

/** The answer as `classify` takes it. */
export function nativeOf(answer: Answer): Native {
  return { provider: answer.provider, response: { status: answer.status, headers: answer.headers, body: answer.text } };
}

/** A fate source that hands out `ends` in turn (final bodies), then clean successes. */
function endsInTurn(provider: SimulatedProvider, ends: ReadonlyArray<Record<string, unknown>>): FateSource {
  let next = 0;
  return {
    next: (): Fate => ({
      type: 'final',
      fault: 'repertoire',
      body: ends[next++] ?? PLATFORMS[provider].success({ product: 'Framework 13', price: 1049 }),
    }),
  };
}

async function record(
  answers: Answer[],
  provider: SimulatedProvider,
  what: string,
  response: Response,
  schema: z.ZodType | null,
): Promise<void> {
  answers.push({
    provider,
    what,
    status: response.status,
    headers: Object.fromEntries(response.headers),
    text: await response.text(),
    schema,
  });
}

/** The H Company session ends seed 000 names: every `error_code` and every `outcome`. */
export const H_ENDS: ReadonlyArray<Record<string, unknown>> = [
  { status: 'completed', outcome: 'success', answer: { product: 'Framework 13', price: 1049 } },
  ...['environment_error', 'no_answer', 'answer_validation', 'internal'].map((code) => ({
    status: 'failed',
    error_code: code,
    error: `failed: ${code}`,
  })),
  { status: 'timed_out', error_code: 'timeout', error: 'The session exceeded its maximum time.' },
  ...['partial', 'infeasible', 'blocked'].map((outcome) => ({
    status: 'completed',
    outcome,
    answer: 'A captcha challenge blocked the page.',
  })),
  { status: 'completed', outcome: null, answer: null },
];

/**
 * Every answer the H Company simulator gives: each session end of seed 000 read at every state
 * through the session, its status and the changes feed; a 204; an interrupted session; the quota;
 * and each refusal.
 */
export async function hcompanyAnswers(clock: Clock): Promise<Answer[]> {
  const answers: Answer[] = [];
  const base = 'https://api.hcompany.test/api/v2/sessions';
  mount('hcompany', endsInTurn('hcompany', H_ENDS));
  const body = (message: string) => ({ agent: 'h/web-surfer-flash', messages: [{ type: 'user_message', message }] });
  const get = (path: string) => send(clock, `${base}${path}`, jsonInit(undefined, {}, 'GET'));
  const reads = async (id: string, state: string, fromIndex: number) => {
    await record(answers, 'hcompany', `session (${state})`, await get(`/${id}`), SessionSchema);
    await record(answers, 'hcompany', `status (${state})`, await get(`/${id}/status`), SessionStatusSchema);
    const changes = await get(`/${id}/changes?from_index=${fromIndex}`);
    await record(answers, 'hcompany', `changes (${state})`, changes, changes.status === 204 ? null : ChangesSchema);
  };
  for (const [i, end] of H_ENDS.entries()) {
    const created = await send(clock, base, jsonInit(body(`task ${i}`)));
    await record(answers, 'hcompany', 'create', created.clone(), SessionSchema);
    const { id } = (await created.json()) as { id: string };
    await reads(id, 'pending', 0);
    await clock.tickAsync(1_000);
    await reads(id, 'running', 0);
    await clock.tickAsync(16_000);
    await reads(id, `ended ${JSON.stringify(end)}`, 1);
  }
  const { id } = (await (await send(clock, base, jsonInit(body('to interrupt')))).json()) as { id: string };
  await record(
    answers,
    'hcompany',
    'interrupt',
    await send(clock, `${base}/${id}`, jsonInit(undefined, {}, 'DELETE')),
    null,
  );
  await reads(id, 'interrupted', 0);
  await record(answers, 'hcompany', 'quota', await get('/quota'), QuotaSchema);
  await record(
    answers,
    'hcompany',
    'no API key',
    await send(clock, base, { method: 'POST', body: '{}' }),
    HErrorSchema,
  );
  await record(answers, 'hcompany', 'body not JSON', await send(clock, base, jsonInit('{"agent": ')), HErrorSchema);
  await record(answers, 'hcompany', 'agent missing', await send(clock, base, jsonInit({ messages: [] })), HErrorSchema);
  await record(
    answers,
    'hcompany',
    'unknown session',
    await get('/00000000-0000-4000-8000-000000000000'),
    HErrorSchema,
  );
  await send(clock, base, jsonInit(body('k'), { 'idempotency-key': 'k1' }));
  await record(
    answers,
    'hcompany',
    'key reused with another body',
    await send(clock, base, jsonInit(body('other'), { 'idempotency-key': 'k1' })),
    HErrorSchema,
  );
  const [a, b] = await Promise.all([
    send(clock, base, jsonInit(body('x'), { 'idempotency-key': 'k2' })),
    send(clock, base, jsonInit(body('x'), { 'idempotency-key': 'k2' })),
  ]);
  await record(answers, 'hcompany', 'resend in flight', a.status === 409 ? a : b, HErrorSchema);
  for (let i = 0; i < 3; i++) await send(clock, base, jsonInit(body(`busy ${i}`)));
  await record(
    answers,
    'hcompany',
    'concurrency limit',
    await send(clock, base, jsonInit(body('one too many'))),
    HErrorSchema,
  );
  return answers;
}

/** The Skyvern run ends of seed 001: each terminal status, mapped codes in `output.error` and `errors[]`. */
export const SKYVERN_ENDS: ReadonlyArray<Record<string, unknown>> = [
  { status: 'completed', output: { product: 'Framework 13', price: 1049 } },
  { status: 'failed', failure_reason: 'Browser crashed' },
  { status: 'terminated', output: { error: 'login_failed' }, failure_reason: 'Login failed' },
  { status: 'terminated', failure_reason: 'CAPTCHA', errors: [{ error_code: 'captcha_required' }] },
  { status: 'timed_out', failure_reason: 'Exceeded max_steps' },
  { status: 'canceled' },
];

/** A loopback receiver that keeps every webhook it gets. */
async function webhookReceiver() {
  const received: Array<{ body: string; signature: string; timestamp: string }> = [];
  const server = await listenOnLoopback(
    createServer((req, res) => {
      let body = '';
      req
        .on('data', (chunk) => (body += chunk))
        .on('end', () => {
          received.push({
            body,
            signature: String(req.headers['x-skyvern-signature']),
            timestamp: String(req.headers['x-skyvern-timestamp']),
          });
          res.end('ok');
        });
    }),
  );
  return { url: `http://127.0.0.1:${server.port}/hook`, received, close: server.close };
}

/**
 * Every answer the Skyvern simulator gives: each run end of seed 001 read at every state, with its
 * webhook; a run canceled by the client (and its webhook); and each refusal.
 */
export async function skyvernAnswers(clock: Clock): Promise<Answer[]> {
  const answers: Answer[] = [];
  const base = 'https://api.skyvern.test/v1';
  const headers = { 'content-type': 'application/json', 'x-api-key': KEY };
  const sim = mount('skyvern', endsInTurn('skyvern', SKYVERN_ENDS));
  const receiver = await webhookReceiver();
  const post = (path: string, body: unknown, extra: Record<string, string> = {}) =>
    send(clock, `${base}${path}`, {
      method: 'POST',
      headers: { ...headers, ...extra },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const get = (id: string) => send(clock, `${base}/runs/${id}`, { headers });
  const settle = async () => {
    await new Promise((r) => setImmediate(r));
    while (sim.core.busy > 0) await new Promise((r) => setImmediate(r));
  };
  try {
    const ids: string[] = [];
    for (const [i, end] of [...SKYVERN_ENDS, { status: 'canceled by the client' }].entries()) {
      const created = await post('/run/tasks', { prompt: `task ${i}`, webhook_url: receiver.url });
      await record(answers, 'skyvern', 'run_task', created.clone(), TaskRunResponseSchema);
      const { run_id: id } = (await created.json()) as { run_id: string };
      ids.push(id);
      if (end.status === 'canceled by the client') {
        await clock.tickAsync(3_000);
        await record(answers, 'skyvern', 'cancel (running)', await post(`/runs/${id}/cancel`, {}), null);
        await settle();
        await record(answers, 'skyvern', 'get_run (canceled by the client)', await get(id), TaskRunResponseSchema);
        await record(
          answers,
          'skyvern',
          'cancel (already canceled)',
          await post(`/runs/${id}/cancel`, {}),
          SkyvernErrorSchema,
        );
        continue;
      }
      for (const [state, ms] of [
        ['created', 0],
        ['queued', 600],
        ['running', 2_000],
        [`ended ${JSON.stringify(end)}`, 16_000],
      ] as const) {
        await clock.tickAsync(ms);
        await settle();
        await record(answers, 'skyvern', `get_run (${state})`, await get(id), TaskRunResponseSchema);
      }
      await record(
        answers,
        'skyvern',
        `cancel (ended ${end.status})`,
        await post(`/runs/${id}/cancel`, {}),
        SkyvernErrorSchema,
      );
    }
    await settle();
    for (const hook of receiver.received) {
      answers.push({
        provider: 'skyvern',
        what: `webhook (${(JSON.parse(hook.body) as { status: string }).status})`,
        status: 200,
        headers: { 'content-type': 'application/json' },
        text: hook.body,
        schema: WebhookPayloadSchema,
        webhook: { signature: hook.signature, timestamp: hook.timestamp },
      });
    }
    await record(
      answers,
      'skyvern',
      'no API key',
      await send(clock, `${base}/run/tasks`, { method: 'POST', body: '{"prompt":"x"}' }),
      SkyvernErrorSchema,
    );
    await record(answers, 'skyvern', 'prompt missing', await post('/run/tasks', {}), SkyvernErrorSchema);
    await record(answers, 'skyvern', 'body not JSON', await post('/run/tasks', '{oops'), SkyvernErrorSchema);
    await record(answers, 'skyvern', 'unknown run', await get('tsk_1'), SkyvernErrorSchema);
    await record(answers, 'skyvern', 'cancel an unknown run', await post('/runs/tsk_1/cancel', {}), SkyvernErrorSchema);
    await post('/run/tasks', { prompt: 'k' }, { 'idempotency-key': 'k1' });
    await record(
      answers,
      'skyvern',
      'key reused with another body',
      await post('/run/tasks', { prompt: 'other' }, { 'idempotency-key': 'k1' }),
      SkyvernErrorSchema,
    );
    const [a, b] = await Promise.all([
      post('/run/tasks', { prompt: 'x' }, { 'idempotency-key': 'k2' }),
      post('/run/tasks', { prompt: 'x' }, { 'idempotency-key': 'k2' }),
    ]);
    await record(answers, 'skyvern', 'resend in flight', a.status === 409 ? a : b, SkyvernErrorSchema);
    return answers;
  } finally {
    await receiver.close();
  }
}

/** Every browser-server code of seed 002, as an execute result's failure. */
const EXECUTE_FAILURES = Object.keys(QUICK_ACTION_FAILURES).filter((code) => code !== 'QUICK_ACTION_TIMEOUT');

/**
 * Every answer the Webcompute simulator gives: a browser at each lifecycle state and its status,
 * an execute that succeeds or fails with each browser-server code, a quick action that succeeds or
 * fails with each code it can surface, and each refusal.
 */
export async function webcomputeAnswers(clock: Clock): Promise<Answer[]> {
  const answers: Answer[] = [];
  const base = 'https://api.webcompute.test/v1';
  const ends = [
    { success: true, result: { product: 'Framework 13', price: 1049 }, logs: [] },
    ...EXECUTE_FAILURES.map((code) => executeFailure(code, `${code} in the browser`)),
  ];
  mount('webcompute', endsInTurn('webcompute', [...ends, ...ends]));
  const post = (path: string, body: unknown, extra: Record<string, string> = {}) =>
    send(clock, `${base}${path}`, jsonInit(body, extra));
  const get = (path: string) => send(clock, `${base}${path}`, jsonInit(undefined, {}, 'GET'));
  const created = await post('/browsers', {});
  await record(answers, 'webcompute', 'create browser', created.clone(), BrowserSchema);
  const { id } = (await created.json()) as { id: string };
  await record(
    answers,
    'webcompute',
    'status (creating)',
    await get(`/browsers/${id}/status`),
    BrowserStatusSnapshotSchema,
  );
  await record(
    answers,
    'webcompute',
    'execute (creating)',
    await post(`/browsers/${id}/playwright/execute`, { code: 'return 1' }),
    GatewayErrorSchema,
  );
  await clock.tickAsync(1_000);
  await record(answers, 'webcompute', 'get browser (configuring)', await get(`/browsers/${id}`), BrowserSchema);
  await clock.tickAsync(2_000);
  await record(answers, 'webcompute', 'get browser (ready)', await get(`/browsers/${id}`), BrowserSchema);
  for (const end of ends) {
    await record(
      answers,
      'webcompute',
      `execute (${JSON.stringify(end.error ?? 'success')})`,
      await post(`/browsers/${id}/playwright/execute`, { code: 'return 1', timeoutMs: 30_000 }),
      ExecuteResultSchema,
    );
  }
  await record(
    answers,
    'webcompute',
    'status (after executes)',
    await get(`/browsers/${id}/status`),
    BrowserStatusSnapshotSchema,
  );
  for (const end of ends) {
    await record(
      answers,
      'webcompute',
      `scrape (${JSON.stringify(end.error ?? 'success')})`,
      await post('/scrape', { url: 'https://shop.example.test/laptop' }),
      end.success ? ScrapeResultSchema : GatewayErrorSchema,
    );
  }
  await record(
    answers,
    'webcompute',
    'execute with a bad timeout',
    await post(`/browsers/${id}/playwright/execute`, { code: 'x', timeoutMs: 0 }),
    GatewayErrorSchema,
  );
  await post(`/browsers/${id}/playwright/execute`, { code: 'k' }, { 'idempotency-key': 'k1' });
  await record(
    answers,
    'webcompute',
    'key reused with another body',
    await post(`/browsers/${id}/playwright/execute`, { code: 'other' }, { 'idempotency-key': 'k1' }),
    GatewayErrorSchema,
  );
  const [a, b] = await Promise.all([
    post('/scrape', { url: 'https://a.test' }, { 'idempotency-key': 'k2' }),
    post('/scrape', { url: 'https://a.test' }, { 'idempotency-key': 'k2' }),
  ]);
  await record(answers, 'webcompute', 'resend in flight', a.status === 409 ? a : b, GatewayErrorSchema);
  await record(answers, 'webcompute', 'second browser', await post('/browsers', {}), BrowserSchema);
  await record(answers, 'webcompute', 'concurrency limit', await post('/browsers', {}), GatewayErrorSchema);
  await record(
    answers,
    'webcompute',
    'close browser',
    await send(clock, `${base}/browsers/${id}`, jsonInit(undefined, {}, 'DELETE')),
    BrowserSchema,
  );
  await record(
    answers,
    'webcompute',
    'execute (closed)',
    await post(`/browsers/${id}/playwright/execute`, { code: 'return 1' }),
    GatewayErrorSchema,
  );
  await record(answers, 'webcompute', 'status (closed)', await get(`/browsers/${id}/status`), GatewayErrorSchema);
  await record(
    answers,
    'webcompute',
    'no API key',
    await send(clock, `${base}/browsers`, { method: 'POST', body: '{}' }),
    GatewayErrorSchema,
  );
  await record(answers, 'webcompute', 'body not JSON', await post('/browsers', '{"proxy": '), GatewayErrorSchema);
  return answers;
}

/** Every answer the problem API simulator gives: the answer, and each refusal (seed 003 problems). */
export async function problemAnswers(clock: Clock): Promise<Answer[]> {
  const answers: Answer[] = [];
  const url = 'https://api.problem.test/v1/tasks';
  mount('problem');
  const post = (body: unknown, extra: Record<string, string> = {}) => send(clock, url, jsonInit(body, extra));
  await record(answers, 'problem', 'task', await post({ prompt: 'p' }, { 'idempotency-key': 'k1' }), null);
  await record(
    answers,
    'problem',
    'key reused with another body',
    await post({ prompt: 'other' }, { 'idempotency-key': 'k1' }),
    ProblemSchema,
  );
  const [a, b] = await Promise.all([
    post({ prompt: 'x' }, { 'idempotency-key': 'k2' }),
    post({ prompt: 'x' }, { 'idempotency-key': 'k2' }),
  ]);
  await record(answers, 'problem', 'resend in flight', a.status === 409 ? a : b, ProblemSchema);
  await record(answers, 'problem', 'prompt missing', await post({}), ProblemSchema);
  await record(answers, 'problem', 'body not JSON', await post('[1,'), ProblemSchema);
  await record(answers, 'problem', 'no API key', await send(clock, url, { method: 'POST', body: '{}' }), ProblemSchema);
  return answers;
}

/** What the fixture agent can meet in the real browser, as each platform's agent reports it (browser scenarios). */
export const AGENT_OUTCOMES: ReadonlyArray<[string, AgentOutcome]> = [
  ['captcha wall', { type: 'wall', wall: 'captcha' }],
  ['login wall', { type: 'wall', wall: 'login' }],
  ['site 429', { type: 'http', status: 429, retryAfter: '30', viaProxy: false }],
  ['site 503', { type: 'http', status: 503, retryAfter: null, viaProxy: false }],
  ['proxy 502', { type: 'http', status: 502, retryAfter: null, viaProxy: true }],
  ...(
    [
      ['navigation timeout', Object.assign(new Error('page.goto: Timeout 300ms exceeded.'), { name: 'TimeoutError' })],
      [
        'missing selector',
        Object.assign(new Error('locator.waitFor: Timeout 300ms exceeded.'), { name: 'TimeoutError' }),
      ],
      ['dead proxy', new Error('page.goto: net::ERR_PROXY_CONNECTION_FAILED at http://127.0.0.1:9/data')],
      ['reset', new Error('page.goto: net::ERR_CONNECTION_RESET at http://127.0.0.1:9/data')],
      ['renderer crash', new Error('page.evaluate: Target crashed')],
      [
        'launch failure',
        new Error("browserType.launch: Failed to launch chromium because executable doesn't exist at /x"),
      ],
      ['context closed', new Error('page.evaluate: Target page, context or browser has been closed')],
      ['screenshot', new Error('page.screenshot: Cannot take screenshot with 0 width.')],
    ] as const
  ).map(([what, error]): [string, AgentOutcome] => [what, { type: 'error', error, viaProxy: false }]),
];

/** The answers each platform's agent gives for every {@link AGENT_OUTCOMES} entry. */
export function agentAnswers(): Answer[] {
  return (['hcompany', 'skyvern', 'webcompute', 'problem'] as const).flatMap((provider) =>
    AGENT_OUTCOMES.map(([what, outcome]): Answer => {
      const answer = PLATFORMS[provider].agentAnswer(outcome, 'tsk_000000000000000001');
      return {
        provider,
        what: `agent report: ${what}`,
        status: answer.status,
        headers: answer.headers,
        text: JSON.stringify(answer.body),
        schema: AGENT_SCHEMAS[provider],
      };
    }),
  );
}

const AGENT_SCHEMAS: Record<SimulatedProvider, z.ZodType> = {
  hcompany: ChangesSchema,
  skyvern: TaskRunResponseSchema,
  webcompute: ExecuteResultSchema,
  problem: ProblemSchema,
};

/** Every answer of every simulator. */
export async function allAnswers(clock: Clock): Promise<Answer[]> {
  return [
    ...(await hcompanyAnswers(clock)),
    ...(await skyvernAnswers(clock)),
    ...(await webcomputeAnswers(clock)),
    ...(await problemAnswers(clock)),
  ];
}
