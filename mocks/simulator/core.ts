import { http, type HttpHandler } from 'msw';
import type { Provider } from '../../harness/contract/index.ts';
import { seededRandom } from '../../harness/shared/random.ts';
import type { PlatformGate } from '../faults/platform/index.ts';
import type { AttemptRecord } from './attempts.ts';
import type { ErrorEnvelopes } from './errors.ts';
import type { Fate, FateSource, RunRequest } from './fates.ts';
import { toResponse, type Reply } from './reply.ts';
import { describeIssues, notAnObject, notJson, type RequestIssue } from './request-issues.ts';
import { Traffic, type Exchange } from './traffic.ts';

/** A fault armed on one route, in the spirit of MSW's `server.use()`: counted, with a delay. */
export interface ArmedRoute {
  /** The simulator's route name, e.g. `'create'` (see each simulator's `routes`). */
  route: string;
  reply: Reply;
  /** How many requests it answers; `'always'` never runs out. Default 1. */
  times?: number | 'always';
  /** Virtual ms to wait before answering. */
  delayMs?: number;
}

/** What every simulator is built from. */
export interface SimulatorCoreOptions {
  provider: Exclude<Provider, 'playwright' | 'cli'>;
  /** Origin the handlers answer on, e.g. `https://api.hcompany.test` or `http://127.0.0.1:4100`. */
  baseUrl: string;
  /** Valid API keys: the first is the client's, later ones are what a credentials refresh yields. */
  apiKeys: readonly string[];
  /** Reads the API key from a request (each platform has its own header). */
  apiKeyOf: (request: Request) => string | undefined;
  errors: ErrorEnvelopes;
  fates: FateSource;
  /** Seed for ids and timings. */
  seed: number;
  /** Platform-wide faults armed for a fleet, met by every run-starting request. */
  platform?: readonly PlatformGate[];
}

/** What a route's handler gets. */
export interface RouteInput {
  request: Request;
  params: Record<string, string>;
  /** The parsed JSON body (POST), else undefined. */
  body: unknown;
  exchange: Exchange;
}

type Method = 'get' | 'post' | 'delete';

/**
 * The state every provider simulator shares: the traffic log, the attempts, the virtual clock,
 * the armed route faults, and a route wrapper that records each request, checks the API key and
 * parses JSON bodies, answering bad input in the platform's own envelope.
 *
 * @example
 * const core = new SimulatorCore({ provider: 'hcompany', baseUrl, apiKeys: ['hk-test'], apiKeyOf, errors, fates, seed: 1 });
 * const handlers = [core.route('post', '/api/v2/sessions', 'create', async ({ body }) => json(201, body))];
 */
export class SimulatorCore {
  readonly traffic = new Traffic();
  readonly attempts: AttemptRecord[] = [];
  /** Misuse the platform saw (malformed bodies, reused keys), in plain words naming the request. */
  readonly misuse: string[] = [];
  readonly random: () => number;
  /** Requests being handled right now that are not parked on a virtual delay. */
  busy = 0;
  /** Run-starting requests the platform is working on right now (past the platform-wide faults). */
  running = 0;
  private readonly t0 = Date.now();
  private readonly armed: Array<Required<ArmedRoute> & { fired: number }> = [];

  constructor(readonly options: SimulatorCoreOptions) {
    this.random = seededRandom(options.seed);
  }

  /** Virtual ms since the simulator started. */
  now(): number {
    return Date.now() - this.t0;
  }

  /** Waits `ms` of (virtual) time without counting as busy, so the harness may advance the clock. */
  async park(ms: number): Promise<void> {
    this.busy--;
    try {
      await new Promise((resolve) => setTimeout(resolve, ms));
    } finally {
      this.busy++;
    }
  }

  /**
   * The platform-wide refusal a run-starting request meets, if any (the first armed gate that
   * refuses it), after the latency a slow platform adds. A request let through counts as
   * {@link running} at once (in the same tick as the check, so requests arriving together are
   * counted one by one); the caller calls {@link finished} when the platform is done with it.
   */
  async admit(exchange: Exchange): Promise<{ fault: string; reply: Reply } | null> {
    const gates = this.options.platform ?? [];
    const latencyMs = gates.reduce(
      (sum, gate) =>
        sum + (gate.latencyMs?.({ atMs: exchange.atMs, credential: exchange.credential, running: this.running }) ?? 0),
      0,
    );
    if (latencyMs) await this.park(latencyMs);
    const arrival = { atMs: this.now(), credential: exchange.credential, running: this.running };
    for (const gate of gates) {
      const reply = gate.refuse?.(arrival);
      if (reply) return { fault: gate.fault, reply };
    }
    this.running++;
    return null;
  }

  /** The platform is done with a run-starting request {@link admit} let through. */
  finished(): void {
    this.running--;
  }

  /** Arms a counted fault on a route; it answers before the route's own logic. */
  arm(fault: ArmedRoute): void {
    this.armed.push({ times: 1, delayMs: 0, ...fault, fired: 0 });
  }

  /** Armed route faults that did not answer as often as armed. */
  unfiredArms(): string[] {
    return this.armed
      .filter((a) => a.times !== 'always' && a.fired < a.times)
      .map((a) => `the fault armed on route "${a.route}" answered ${a.fired} of ${a.times} times`);
  }

  /** The wall-clock instant of virtual ms `ms` (a timestamp the platform reports). */
  instant(ms: number): Date {
    return new Date(this.t0 + ms);
  }

  /**
   * Refuses a malformed request the way the platform would (its 400/422 envelope) and records the
   * misuse, naming the request.
   */
  refuse(exchange: Exchange, issues: readonly RequestIssue[]): Reply {
    this.misuse.push(`${exchange.method} ${exchange.path} (request ${exchange.seq}): ${describeIssues(issues)}`);
    return this.options.errors.invalid(issues);
  }

  /** `key#N` for a known key, `wrong` or `none`. */
  credentialOf(request: Request): string {
    const key = this.options.apiKeyOf(request);
    if (!key) return 'none';
    const index = this.options.apiKeys.indexOf(key);
    return index < 0 ? 'wrong' : `key#${index + 1}`;
  }

  /** The attempt that the latest starting request opened (0 before any). */
  currentAttempt(): number {
    return this.attempts.length;
  }

  /** Opens a new attempt for a run-starting request; its fate is drawn unless given (a replay). */
  async startAttempt(
    exchange: Exchange,
    request: RunRequest,
    idempotencyKey: string | undefined,
    fate?: Fate,
  ): Promise<AttemptRecord> {
    const n = this.attempts.length + 1;
    const record: AttemptRecord = {
      n,
      fate: fate ?? (await this.options.fates.next(n, request)),
      startedAtMs: exchange.atMs,
      seq: exchange.seq,
      request,
      idempotencyKey,
      polledEnd: false,
      pollsAfterEnd: 0,
    };
    this.attempts.push(record);
    exchange.attempt = n;
    return record;
  }

  /** Records that the client received how `attempt` ended, the first time it does. */
  observe(attempt: AttemptRecord, served: NonNullable<AttemptRecord['served']>): void {
    if (attempt.observedAtMs !== undefined) return;
    attempt.observedAtMs = this.now();
    attempt.served = served;
  }

  /**
   * An MSW handler for one route of the platform: records the request, answers an armed fault if
   * one is due, checks the API key (when `auth`), parses the JSON body of a POST, then runs `handle`.
   */
  route(
    method: Method,
    path: string,
    name: string,
    handle: (input: RouteInput) => Reply | Promise<Reply>,
    auth = true,
  ): HttpHandler {
    return http[method](`${this.options.baseUrl}${path}`, async ({ request, params }) => {
      this.busy++;
      try {
        const url = new URL(request.url);
        const exchange = this.traffic.open({
          atMs: this.now(),
          method: request.method,
          path: `${url.pathname}${url.search}`,
          route: name,
          idempotencyKey: request.headers.get('idempotency-key') ?? undefined,
          credential: this.credentialOf(request),
          attempt: this.currentAttempt(),
        });
        const reply = await this.answer(request, params as Record<string, string>, exchange, handle, auth);
        exchange.status = 'network' in reply ? 'network_error' : reply.status;
        return toResponse(reply);
      } finally {
        this.busy--;
      }
    });
  }

  private async answer(
    request: Request,
    params: Record<string, string>,
    exchange: Exchange,
    handle: (input: RouteInput) => Reply | Promise<Reply>,
    auth: boolean,
  ): Promise<Reply> {
    const armed = this.armed.find((a) => a.route === exchange.route && (a.times === 'always' || a.fired < a.times));
    if (armed) {
      armed.fired++;
      if (armed.delayMs) await this.park(armed.delayMs);
      return armed.reply;
    }
    if (auth && !exchange.credential.startsWith('key#')) return this.options.errors.unauthorized();
    let body: unknown;
    if (method(request) === 'POST') {
      const text = await request.text();
      exchange.body = text;
      try {
        body = text === '' ? {} : JSON.parse(text);
        exchange.body = body;
      } catch (error) {
        return this.refuse(exchange, [notJson(error as Error, text)]);
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body))
        return this.refuse(exchange, [notAnObject(body)]);
    }
    return handle({ request, params, body, exchange });
  }
}

function method(request: Request): string {
  return request.method.toUpperCase();
}
