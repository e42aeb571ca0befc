import type { HttpHandler } from 'msw';
import { bearerKey, type ErrorEnvelopes } from '../simulator/errors.ts';
import { IdempotencyStore } from '../simulator/idempotency.ts';
import { json, type Reply } from '../simulator/reply.ts';
import { served, startRun } from '../simulator/start-run.ts';
import { simulatorCore, type Simulator, type SimulatorOptions } from '../simulator/simulator.ts';

/** At most this many open (not closed) browsers per account; more get 429 CONCURRENT_LIMIT. */
export const MAX_OPEN_BROWSERS = 2;
/** How long a new browser stays `creating`, then `configuring`, in virtual ms. */
export const BROWSER_PHASES_MS = { creating: 1_000, configuring: 2_000 } as const;

interface SimBrowser {
  id: string;
  createdAtMs: number;
  proxy: string | null;
  closed: boolean;
}

/** Gateway envelopes whose `requestId`s are numbered by `nextId` (one numbering per simulator). */
function gatewayErrors(nextId: () => string): ErrorEnvelopes {
  const gateway = (status: number, code: string, type: string, message: string, retryable: boolean, next: string, extra: Record<string, string> = {}, headers: Record<string, string> = {}): Reply =>
    json(status, { code, type, message, retryable, next, requestId: nextId(), ...extra }, headers);
  return {
    unauthorized: () => gateway(401, 'UNAUTHORIZED', 'authentication_error', 'Missing or invalid Webcompute API key', false, 'authenticate'),
    invalid: (detail, field) => gateway(400, 'INVALID_PARAMS', 'invalid_request_error', detail, false, 'change_request', field ? { param: field } : {}),
    notFound: (what) => gateway(404, 'BROWSER_NOT_FOUND', 'not_found_error', `${what} does not exist or is no longer available`, false, 'abort'),
    conflict: (code, detail) => gateway(409, code, 'conflict_error', detail, code !== 'idempotency_key_reused', code === 'idempotency_key_reused' ? 'change_request' : 'retry'),
    rateLimited: (code, detail, retryAfterS) => gateway(429, code, 'rate_limit_error', detail, true, 'retry', {}, { 'retry-after': String(retryAfterS) }),
  };
}

/**
 * A stateful fake of the Webcompute API (seed 002), as MSW handlers: `POST /v1/browsers`
 * (429 `CONCURRENT_LIMIT` past {@link MAX_OPEN_BROWSERS} open browsers), `GET /v1/browsers/{id}`
 * (`creating` → `configuring` → `ready`), `POST /v1/browsers/{id}/playwright/execute` (409
 * `browser_configuring` before ready, 409 `BROWSER_WRONG_STATE` once closed, else the attempt's
 * fate: a `success: false` result with a browser-server code, a gateway envelope, or the answer)
 * and `DELETE /v1/browsers/{id}`. API key in `Authorization: Bearer`; gateway envelopes carry
 * `code`, `type`, `message`, `retryable`, `next`, `requestId`.
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
    return age < BROWSER_PHASES_MS.creating ? 'creating' : age < BROWSER_PHASES_MS.creating + BROWSER_PHASES_MS.configuring ? 'configuring' : 'ready';
  };
  const view = (b: SimBrowser) => ({ id: b.id, status: statusOf(b), proxy: b.proxy });
  const handlers: HttpHandler[] = [
    core.route('post', '/v1/browsers', 'create_browser', ({ body }) => {
      const proxy = (body as { proxy?: { server?: unknown } }).proxy;
      if (proxy !== undefined && typeof proxy?.server !== 'string') return ERRORS.invalid('proxy.server must be a URL string', 'proxy.server');
      if ([...browsers.values()].filter((b) => !b.closed).length >= MAX_OPEN_BROWSERS) {
        return ERRORS.rateLimited('CONCURRENT_LIMIT', `Concurrency limit reached: at most ${MAX_OPEN_BROWSERS} open browsers`, 5);
      }
      const browser: SimBrowser = { id: `br_${browsers.size + 1}${Math.floor(core.random() * 1e6).toString(36)}`, createdAtMs: core.now(), proxy: proxy?.server as string ?? null, closed: false };
      browsers.set(browser.id, browser);
      return json(201, view(browser));
    }),
    core.route('get', '/v1/browsers/:id', 'browser_status', ({ params }) => {
      const browser = browsers.get(params.id ?? '');
      return browser ? json(200, view(browser)) : ERRORS.notFound(`Browser ${params.id}`);
    }),
    core.route('delete', '/v1/browsers/:id', 'close_browser', ({ params }) => {
      const browser = browsers.get(params.id ?? '');
      if (!browser) return ERRORS.notFound(`Browser ${params.id}`);
      browser.closed = true;
      return json(200, view(browser));
    }),
    core.route('post', '/v1/browsers/:id/playwright/execute', 'execute', async ({ params, body, exchange }) => {
      const browser = browsers.get(params.id ?? '');
      if (!browser) return ERRORS.notFound(`Browser ${params.id}`);
      const status = statusOf(browser);
      if (status === 'closed') return ERRORS.conflict('BROWSER_WRONG_STATE', `Browser ${browser.id} is closed`);
      if (status !== 'ready') return ERRORS.conflict('browser_configuring', `Browser ${browser.id} is still ${status}`);
      const { code, timeout_ms } = body as { code?: unknown; timeout_ms?: unknown };
      if (typeof code !== 'string' || !code) return core.refuse(exchange, 'code must be a non-empty string', 'code');
      return startRun({
        core, keys, exchange, body, workMs: 1_000,
        request: { prompt: code, maxTimeS: typeof timeout_ms === 'number' ? timeout_ms / 1000 : undefined, proxy: browser.proxy ?? undefined, credential: exchange.credential, browserId: browser.id },
        accept: (attempt) => {
          attempt.runId = browser.id;
          const reply = json(200, attempt.fate.type === 'reply' ? {} : attempt.fate.body);
          if (attempt.fate.type === 'final') core.observe(attempt, served(reply));
          return reply;
        },
      });
    }),
  ];
  return { provider: 'webcompute', baseUrl: options.baseUrl, handlers, core };
}
