import type { HttpHandler } from 'msw';
import type { SimulatorCore } from '../simulator/core.ts';
import { bearerKey, fastApiInvalid, type ErrorEnvelopes } from '../simulator/errors.ts';
import type { RunRequest } from '../simulator/fates.ts';
import { PolledRuns } from '../simulator/polled-runs.ts';
import { json } from '../simulator/reply.ts';
import { requestIssues } from '../simulator/request-issues.ts';
import type { RunView, SimRun } from '../simulator/runs.ts';
import { simulatorCore, type Simulator, type SimulatorOptions } from '../simulator/simulator.ts';
import {
  changesBody,
  sessionEnd,
  sessionObject,
  sessionStatus,
  statusEvent,
  type SessionSnapshot,
} from './payloads.ts';
import { ChangesQuerySchema, CreateSessionRequestSchema } from './schema.ts';

/** At most this many sessions may be active at once per account; more get 429 (reference: "Rate limits"). */
export const MAX_CONCURRENT_SESSIONS = 3;
/** The longest `wait_for_seconds` the simulated server holds a `changes` long-poll. */
const MAX_CHANGES_WAIT_S = 30;
/** The longest `Idempotency-Key` the API takes (reference: "Create a session"). */
const MAX_IDEMPOTENCY_KEY_LENGTH = 128;

const API = '/api/v2/sessions';

const ERRORS: ErrorEnvelopes = {
  unauthorized: () => json(401, { message: 'Unauthorized' }),
  invalid: fastApiInvalid,
  notFound: () => json(404, { detail: 'Session not found.' }),
  inFlight: (detail) => json(409, { detail }),
  keyReused: (detail) => json(422, { detail }),
};

/** What the simulator keeps about a session besides its timeline. */
interface SessionData {
  request: Record<string, unknown>;
  steps: number;
}

/**
 * A stateful fake of H Company's Agents API, after its public reference: `POST /api/v2/sessions`
 * (API key in `Authorization: Bearer`; `Idempotency-Key` honoured: a replay returns the first
 * answer, another body 422, a resend in flight 409; 429 past {@link MAX_CONCURRENT_SESSIONS}
 * active sessions), `GET /api/v2/sessions/{id}` (the Session object), `…/status` (the live
 * `SessionStatus`), `…/changes?from_index&wait_for_seconds` (a long-poll answering the new events
 * and the end, or 204), `DELETE /api/v2/sessions/{id}` (the session ends `interrupted`) and
 * `GET /api/v2/sessions/quota`. A session goes `pending` → `running` → the end its attempt's fate
 * says; `error_code` and `outcome` (seed 000) ride on the status, the session and the changes.
 *
 * @example
 * const sim = hcompanySimulator({ baseUrl: 'https://api.hcompany.test', apiKeys: ['hk-1'], seed: 1 });
 * server.use(...sim.handlers);
 */
export function hcompanySimulator(options: SimulatorOptions): Simulator {
  const core = simulatorCore('hcompany', options, ERRORS, bearerKey);
  const runs = new PolledRuns<SessionData>(core, {
    workMs: 300,
    phases: (random) => [
      { status: 'pending', ms: 1_000 },
      { status: 'running', ms: 5_000 + Math.floor(random() * 10_000) },
    ],
    // Whichever read showed the end, the end is what the changes feed carries (status, codes, answer).
    endPayload: (run, view) => changesBody(sessionSnapshot(core, run, view), 0),
  });
  const snapshot = (run: SimRun<SessionData>, view = runs.view(run)) => sessionSnapshot(core, run, view);
  const found = <T>(id: string | undefined, then: (run: SimRun<SessionData>) => T) => {
    const run = runs.get(id);
    return run ? then(run) : ERRORS.notFound('');
  };
  const handlers: HttpHandler[] = [
    core.route('get', `${API}/quota`, 'quota', () => {
      const active = runs.store.active(core.now()).length;
      return json(200, {
        scope: 'user',
        limit: MAX_CONCURRENT_SESSIONS,
        active,
        available: Math.max(0, MAX_CONCURRENT_SESSIONS - active),
      });
    }),
    core.route('post', API, 'create', ({ body, exchange }) => {
      const key = exchange.idempotencyKey;
      if (key !== undefined && key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
        return core.refuse(exchange, [
          {
            loc: ['header', 'idempotency-key'],
            type: 'string_too_long',
            msg: `String should have at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
            input: key,
          },
        ]);
      }
      const parsed = CreateSessionRequestSchema.safeParse(body);
      if (!parsed.success) return core.refuse(exchange, requestIssues('body', parsed.error, body));
      if (runs.store.active(core.now()).length >= MAX_CONCURRENT_SESSIONS)
        return json(429, { detail: `At most ${MAX_CONCURRENT_SESSIONS} sessions may run at once` });
      return runs.start({
        exchange,
        body,
        request: runRequest(parsed.data, exchange.credential),
        id: uuid(core.random),
        data: { request: parsed.data, steps: 2 + Math.floor(core.random() * 10) },
        created: (run) => json(201, sessionObject(snapshot(run))),
      });
    }),
    core.route('get', `${API}/:id`, 'session', ({ params }) =>
      found(params.id, (run) => runs.read(run, (view) => sessionObject(snapshot(run, view)))),
    ),
    core.route('get', `${API}/:id/status`, 'status', ({ params }) =>
      found(params.id, (run) => runs.read(run, (view) => sessionStatus(snapshot(run, view)))),
    ),
    core.route('get', `${API}/:id/changes`, 'changes', ({ params, request, exchange }) =>
      found(params.id, async (run) => {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        const parsed = ChangesQuerySchema.safeParse(query);
        if (!parsed.success) return core.refuse(exchange, requestIssues('query', parsed.error, query));
        const { from_index: fromIndex, include_events: events, wait_for_seconds: waitS } = parsed.data;
        const view = await runs.waitPast(run, fromIndex, Math.min(waitS, MAX_CHANGES_WAIT_S) * 1_000);
        if (view.step <= fromIndex) return { status: 204 };
        return runs.read(run, (v) => changesBody(snapshot(run, v), fromIndex, events === 'true'), view);
      }),
    ),
    core.route('delete', `${API}/:id`, 'cancel', ({ params }) =>
      found(params.id, (run) => {
        runs.store.cancel(run, core.now(), { status: 'interrupted' });
        return { status: 204 };
      }),
    ),
  ];
  return { provider: 'hcompany', baseUrl: options.baseUrl, handlers, core };
}

/** The session at `view`: its timestamps are the instants it entered each state, so reads never move them. */
function sessionSnapshot(core: SimulatorCore, run: SimRun<SessionData>, view: RunView): SessionSnapshot {
  const at = (i: number) => (view.since[i] === undefined ? null : core.instant(view.since[i]!));
  const end = view.final ? sessionEnd(view.final) : null;
  // Started once it entered `running` (a session interrupted while pending never started).
  const started = view.step >= 2 || (view.step === 1 && !view.terminal);
  const startedAt = started ? at(1) : null;
  const finishedAt = view.terminal ? at(view.step) : null;
  const events = view.since
    .slice(1)
    .map((ms, i) =>
      statusEvent(i + 1 === view.step && view.terminal ? view.status : run.phases[i + 1]!.status, core.instant(ms)),
    );
  return {
    id: run.id,
    request: run.data.request,
    status: view.status,
    end,
    createdAt: core.instant(run.createdAtMs),
    startedAt,
    finishedAt,
    steps: !started ? 0 : view.terminal ? run.data.steps : 1,
    events,
  };
}

function runRequest(body: Record<string, unknown>, credential: string): RunRequest {
  const messages = (body.messages ?? []) as Array<{ message: string }>;
  return {
    prompt: messages.map((m) => m.message).join('\n'),
    maxSteps: (body.max_steps ?? undefined) as number | undefined,
    maxTimeS: (body.max_time_s ?? undefined) as number | undefined,
    answerSchema: body.answer_format ?? undefined,
    credential,
  };
}

/** A version-4-shaped UUID drawn from the simulator's seeded random. */
function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
