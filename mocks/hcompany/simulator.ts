import type { HttpHandler } from 'msw';
import { bearerKey, detailErrors } from '../simulator/errors.ts';
import type { RunRequest } from '../simulator/fates.ts';
import { IdempotencyStore } from '../simulator/idempotency.ts';
import { pollRun, waitForChange } from '../simulator/poll.ts';
import { json } from '../simulator/reply.ts';
import { RunStore, type RunView, type SimRun } from '../simulator/runs.ts';
import { startRun } from '../simulator/start-run.ts';
import { simulatorCore, type Simulator, type SimulatorOptions } from '../simulator/simulator.ts';

/** At most this many sessions may run at once per account; more get 429. */
export const MAX_CONCURRENT_SESSIONS = 3;

const ERRORS = detailErrors('Invalid or missing API key');

/**
 * A stateful fake of the H Company Agents API (seed 000), as MSW handlers:
 * `POST /v1/sessions` (API key in `Authorization: Bearer`, `Idempotency-Key` honoured, 429 past
 * {@link MAX_CONCURRENT_SESSIONS}), `GET /v1/sessions/{id}` (the session object), and
 * `GET /v1/sessions/{id}/changes?cursor=N&wait_s=S` (a long-poll that answers when the status
 * changes). A session goes `pending` → `running` → the end its attempt's fate says.
 *
 * @example
 * const sim = hcompanySimulator({ baseUrl: 'https://api.hcompany.test', apiKeys: ['hk-1'], seed: 1 });
 * server.use(...sim.handlers);
 */
export function hcompanySimulator(options: SimulatorOptions): Simulator {
  const core = simulatorCore('hcompany', options, ERRORS, bearerKey);
  const keys = new IdempotencyStore();
  const runs = new RunStore();
  const find = (id: string | undefined) => (id ? runs.get(id) : undefined);
  const handlers: HttpHandler[] = [
    core.route('post', '/v1/sessions', 'create', ({ body, exchange }) => {
      const fields = body as Record<string, unknown>;
      const invalid = invalidField(fields);
      if (invalid) return core.refuse(exchange, invalid.detail, invalid.field);
      if (runs.active(core.now()).length >= MAX_CONCURRENT_SESSIONS) return ERRORS.rateLimited('concurrency', `At most ${MAX_CONCURRENT_SESSIONS} sessions may run at once`, 10);
      return startRun({
        core, keys, exchange, body, workMs: 300,
        replayed: (replay, original) => void (runs.get(original.runId!)!.attempt = replay),
        request: runRequest(fields, exchange.credential),
        accept: (attempt) => {
          const run = runs.add({
            id: `ses_${(core.attempts.length).toString().padStart(4, '0')}${Math.floor(core.random() * 1e6).toString(36)}`,
            attempt,
            createdAtMs: core.now(),
            createdAt: new Date().toISOString(),
            phases: [{ status: 'pending', ms: 1_000 }, { status: 'running', ms: 5_000 + Math.floor(core.random() * 10_000) }],
            final: attempt.fate.type === 'reply' ? {} : attempt.fate.body,
          });
          return json(201, sessionBody(run, { status: 'pending', terminal: false, final: null, nextChangeAtMs: null, step: 0 }));
        },
      });
    }),
    core.route('get', '/v1/sessions/:id', 'status', ({ params }) => {
      const run = find(params.id);
      return run ? pollRun(core, run, (view) => sessionBody(run, view)) : ERRORS.notFound(`Session ${params.id}`);
    }),
    core.route('get', '/v1/sessions/:id/changes', 'changes', async ({ params, request }) => {
      const run = find(params.id);
      if (!run) return ERRORS.notFound(`Session ${params.id}`);
      const query = new URL(request.url).searchParams;
      const cursor = Number(query.get('cursor') ?? -1);
      const waitS = Math.min(Number(query.get('wait_s') ?? 30), 60);
      if (!Number.isFinite(cursor) || !Number.isFinite(waitS)) return ERRORS.invalid('cursor and wait_s must be numbers', 'query');
      const view = await waitForChange(core, run, cursor, waitS * 1_000);
      return pollRun(core, run, (v) => ({ cursor: v.step, changed: v.step > cursor, session: sessionBody(run, v) }), view);
    }),
  ];
  return { provider: 'hcompany', baseUrl: options.baseUrl, handlers, core };
}

function sessionBody(run: SimRun, view: RunView): Record<string, unknown> {
  const created_at = run.createdAt;
  if (view.final) return { error_code: null, error: null, outcome: null, answer: null, ...view.final, id: run.id, created_at };
  return { id: run.id, status: view.status, error_code: null, error: null, outcome: null, answer: null, created_at };
}

function invalidField(body: Record<string, unknown>): { field: string; detail: string } | null {
  const messages = body.messages;
  if (!(typeof messages === 'string' && messages.length) && !(Array.isArray(messages) && messages.length)) {
    return { field: 'messages', detail: 'messages: a non-empty string or list of messages is required' };
  }
  for (const field of ['max_steps', 'max_time_s']) {
    const value = body[field];
    if (value !== undefined && !(typeof value === 'number' && value > 0)) return { field, detail: `${field}: expected a positive number` };
  }
  return null;
}

function runRequest(body: Record<string, unknown>, credential: string): RunRequest {
  return {
    prompt: typeof body.messages === 'string' ? body.messages : JSON.stringify(body.messages),
    maxSteps: body.max_steps as number | undefined,
    maxTimeS: body.max_time_s as number | undefined,
    answerSchema: body.answer_format,
    proxy: body.proxy as string | undefined,
    credential,
  };
}
