import type { HttpHandler } from 'msw';
import type { z } from 'zod';
import type { AttemptRecord } from '../simulator/attempts.ts';
import { bearerKey, type ErrorEnvelopes } from '../simulator/errors.ts';
import { IdempotencyStore } from '../simulator/idempotency.ts';
import { json, type Reply } from '../simulator/reply.ts';
import { describeIssues, requestIssues, type RequestIssue } from '../simulator/request-issues.ts';
import { answerEnd, startRun } from '../simulator/start-run.ts';
import type { Exchange } from '../simulator/traffic.ts';
import { simulatorCore, type Simulator, type SimulatorOptions } from '../simulator/simulator.ts';
import {
  gatewayBody,
  gatewayHeaders,
  QUICK_ACTION_FAILURES,
  quickActionFailure,
  scrapeResult,
  type GatewayError,
  type QuickActionCode,
} from './payloads.ts';
import { CreateBrowserRequestSchema, ExecuteRequestSchema, ScrapeRequestSchema } from './schema.ts';

/** At most this many open (not closed) browsers per account; more get 429 CONCURRENT_LIMIT. */
export const MAX_OPEN_BROWSERS = 2;
/** How long a new browser stays `creating`, then `configuring`, in virtual ms. */
export const BROWSER_PHASES_MS = { creating: 1_000, configuring: 2_000 } as const;

interface SimBrowser {
  id: string;
  createdAtMs: number;
  proxy: string | null;
  closed: boolean;
  lastActionAtMs: number;
  executed: boolean;
}

/** The refusals every simulator shares, as gateway envelopes whose `requestId`s `nextId` numbers. */
function gatewayErrors(nextId: () => string): ErrorEnvelopes & { reply(error: GatewayError): Reply } {
  const reply = (error: GatewayError): Reply => json(error.status, gatewayBody(error, nextId()), gatewayHeaders(error));
  return {
    reply,
    unauthorized: () =>
      reply({
        status: 401,
        code: 'UNAUTHORIZED',
        type: 'authentication_error',
        message: 'Missing or invalid Webcompute API key',
        retryable: false,
        next: 'authenticate',
      }),
    invalid: (issues) =>
      reply({
        status: 400,
        code: 'INVALID_PARAMS',
        type: 'invalid_request_error',
        message: describeIssues(issues),
        retryable: false,
        next: 'change_request',
        ...paramOf(issues),
      }),
    // A missing browser is gone for good (no `next`): the caller may give up or start a fresh browser.
    notFound: (what) =>
      reply({
        status: 404,
        code: 'BROWSER_NOT_FOUND',
        type: 'not_found_error',
        message: `${what} does not exist or is no longer available`,
        retryable: false,
      }),
    inFlight: (detail) =>
      reply({
        status: 409,
        code: 'operation_in_progress',
        type: 'conflict_error',
        message: detail,
        retryable: true,
        next: 'retry',
      }),
    keyReused: (detail) =>
      reply({
        status: 409,
        code: 'idempotency_key_reused',
        type: 'conflict_error',
        message: detail,
        retryable: false,
        next: 'change_request',
      }),
  };
}

/** The parameter a refusal is about: the first issue's field path (`timeoutMs`, `proxy`). */
function paramOf(issues: readonly RequestIssue[]): { param?: string } {
  const path = issues[0]?.loc.slice(1).join('.');
  return path ? { param: path } : {};
}

/**
 * A stateful fake of the Webcompute API, after its public reference and seed 002:
 * `POST /v1/browsers` (`proxy`, `maxDuration`, `recording`, `policy`; 429 `CONCURRENT_LIMIT` past
 * {@link MAX_OPEN_BROWSERS} open browsers), `GET /v1/browsers/{id}` (`creating` → `configuring` →
 * `ready`), `GET /v1/browsers/{id}/status` (the snapshot `browser.status()` returns),
 * `POST /v1/browsers/{id}/playwright/execute` (`code`, `timeoutMs`; 409 `browser_configuring`
 * before ready, 404 `BROWSER_NOT_FOUND` once closed, else the attempt's fate: a `success: false`
 * result with a browser-server code, a gateway envelope, or the answer), the quick action
 * `POST /v1/scrape` (an ephemeral browser; its fate's failures surface as gateway envelopes with
 * `QUICK_ACTION_TIMEOUT` or a browser-server code) and `DELETE /v1/browsers/{id}`. Executes and
 * quick actions are the runs attempts count. API key in `Authorization: Bearer`.
 *
 * @example
 * const sim = webcomputeSimulator({ baseUrl: 'https://api.webcompute.test', apiKeys: ['wc-1'], seed: 1 });
 * server.use(...sim.handlers);
 */
export function webcomputeSimulator(options: SimulatorOptions): Simulator {
  let requests = 0;
  const ERRORS = gatewayErrors(() => `req_sim_${++requests}`);
  const core = simulatorCore('webcompute', options, ERRORS, bearerKey);
  const keys = new IdempotencyStore();
  const browsers = new Map<string, SimBrowser>();
  const statusOf = (b: SimBrowser) => {
    if (b.closed) return 'closed';
    const age = core.now() - b.createdAtMs;
    return age < BROWSER_PHASES_MS.creating
      ? 'creating'
      : age < BROWSER_PHASES_MS.creating + BROWSER_PHASES_MS.configuring
        ? 'configuring'
        : 'ready';
  };
  const view = (b: SimBrowser) => ({
    id: b.id,
    lifecycleStatus: statusOf(b),
    createdAt: core.instant(b.createdAtMs).toISOString(),
  });
  const open = (id: string | undefined) => {
    const browser = browsers.get(id ?? '');
    return browser && !browser.closed ? browser : undefined;
  };
  const validate = <T>(
    schema: z.ZodType<T>,
    body: unknown,
    exchange: Exchange,
  ): { ok: true; value: T } | { ok: false; reply: Reply } => {
    const parsed = schema.safeParse(body);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, reply: core.refuse(exchange, requestIssues('body', parsed.error, body)) };
  };
  const handlers: HttpHandler[] = [
    core.route('post', '/v1/browsers', 'create_browser', ({ body, exchange }) => {
      const parsed = validate(CreateBrowserRequestSchema, body, exchange);
      if (!parsed.ok) return parsed.reply;
      if ([...browsers.values()].filter((b) => !b.closed).length >= MAX_OPEN_BROWSERS) {
        return ERRORS.reply({
          status: 429,
          code: 'CONCURRENT_LIMIT',
          type: 'rate_limit_error',
          message: `Concurrency limit reached: at most ${MAX_OPEN_BROWSERS} open browsers`,
          retryable: true,
          next: 'retry',
          retryAfterS: 5,
        });
      }
      const id = `browser_${(browsers.size + 1).toString().padStart(3, '0')}${Math.floor(core.random() * 36 ** 6).toString(36)}`;
      const browser: SimBrowser = {
        id,
        createdAtMs: core.now(),
        proxy: parsed.value.proxy || null,
        closed: false,
        lastActionAtMs: core.now(),
        executed: false,
      };
      browsers.set(id, browser);
      return json(201, view(browser));
    }),
    core.route('get', '/v1/browsers/:id', 'browser', ({ params }) => {
      const browser = open(params.id);
      return browser ? json(200, view(browser)) : ERRORS.notFound(`Browser ${params.id}`);
    }),
    core.route('get', '/v1/browsers/:id/status', 'browser_status', ({ params }) => {
      const browser = open(params.id);
      if (!browser) return ERRORS.notFound(`Browser ${params.id}`);
      const tabs = browser.executed ? [{ tabId: 'tab-1', url: 'about:blank', title: '' }] : [];
      return json(200, {
        browserId: browser.id,
        activeTab: tabs[0] ?? null,
        tabs,
        cookieCount: 0,
        cookieDomains: [],
        lastActionAt: core.instant(browser.lastActionAtMs).toISOString(),
      });
    }),
    core.route('delete', '/v1/browsers/:id', 'close_browser', ({ params }) => {
      const browser = open(params.id);
      if (!browser) return ERRORS.notFound(`Browser ${params.id}`);
      browser.closed = true;
      return json(200, view(browser));
    }),
    core.route('post', '/v1/browsers/:id/playwright/execute', 'execute', ({ params, body, exchange }) => {
      // A closed browser is "no longer available": 404, never a wrong state that could change.
      const browser = open(params.id);
      if (!browser) return ERRORS.notFound(`Browser ${params.id}`);
      const status = statusOf(browser);
      if (status !== 'ready')
        return ERRORS.reply({
          status: 409,
          code: 'browser_configuring',
          type: 'conflict_error',
          message: `Browser ${browser.id} is still ${status}`,
          retryable: true,
          next: 'retry',
        });
      const parsed = validate(ExecuteRequestSchema, body, exchange);
      if (!parsed.ok) return parsed.reply;
      const { code, timeoutMs } = parsed.value;
      browser.executed = true;
      browser.lastActionAtMs = core.now();
      return startRun({
        core,
        keys,
        exchange,
        body,
        workMs: 1_000,
        request: {
          prompt: code,
          maxTimeS: timeoutMs === undefined ? undefined : timeoutMs / 1000,
          proxy: browser.proxy ?? undefined,
          credential: exchange.credential,
          browserId: browser.id,
        },
        accept: (attempt) => {
          attempt.runId = browser.id;
          return answerEnd(core, attempt, json(200, attempt.fate.type === 'reply' ? {} : attempt.fate.body));
        },
      });
    }),
    core.route('post', '/v1/scrape', 'scrape', ({ body, exchange }) => {
      const parsed = validate(ScrapeRequestSchema, body, exchange);
      if (!parsed.ok) return parsed.reply;
      const { url, selector, waitFor, maxChars, timeout, proxy, format = 'markdown' } = parsed.value;
      return startRun({
        core,
        keys,
        exchange,
        body,
        workMs: 1_000,
        request: {
          prompt: [url, selector ?? '', waitFor ?? '', maxChars ?? ''].join(' '),
          maxTimeS: timeout === undefined ? undefined : timeout / 1000,
          proxy,
          credential: exchange.credential,
        },
        accept: (attempt) => answerEnd(core, attempt, quickActionAnswer(attempt, url, format, ERRORS.reply)),
      });
    }),
  ];
  return { provider: 'webcompute', baseUrl: options.baseUrl, handlers, core };
}

/**
 * A quick action's answer for its fate: the scrape result for a run that found its answer, else
 * the gateway envelope of the browser-server code the run failed with (seed 002).
 */
function quickActionAnswer(
  attempt: AttemptRecord,
  url: string,
  format: string,
  reply: (error: GatewayError) => Reply,
): Reply {
  const end = attempt.fate.type === 'reply' ? {} : attempt.fate.body;
  if (end.success === true) return json(200, scrapeResult(url, format, end.result));
  const error = (end.error ?? {}) as { code?: string; message?: string };
  const code = (error.code ?? 'EXECUTE_FAILED') as QuickActionCode;
  return reply(
    quickActionFailure(
      Object.hasOwn(QUICK_ACTION_FAILURES, code) ? code : 'EXECUTE_FAILED',
      error.message ?? 'The quick action failed',
    ),
  );
}
