import type { HttpHandler } from 'msw';
import type { SimulatorCore } from '../simulator/core.ts';
import { detailErrors } from '../simulator/errors.ts';
import type { RunRequest } from '../simulator/fates.ts';
import { IdempotencyStore } from '../simulator/idempotency.ts';
import { pollRun } from '../simulator/poll.ts';
import { json } from '../simulator/reply.ts';
import { RunStore, viewRun, type RunView, type SimRun } from '../simulator/runs.ts';
import { served, startRun } from '../simulator/start-run.ts';
import { simulatorCore, type Simulator, type SimulatorOptions } from '../simulator/simulator.ts';
import { isLoopbackUrl, signWebhook } from './webhook.ts';

const ERRORS = detailErrors('Invalid API key');

/**
 * A stateful fake of the Skyvern API (seed 001), as MSW handlers: `POST /v1/run/tasks` (API key
 * in `x-api-key`; `prompt` required; `max_steps`, `data_extraction_schema`, `proxy_location`,
 * `error_code_mapping`, `webhook_callback_url`) and `GET /v1/runs/{id}`. A run goes `created` →
 * `queued` → `running` → the end its attempt's fate says; on that end a signed webhook
 * (`x-skyvern-signature`, `x-skyvern-timestamp`) is posted to a loopback `webhook_callback_url`.
 *
 * @example
 * const sim = skyvernSimulator({ baseUrl: 'https://api.skyvern.test', apiKeys: ['sk-1'], seed: 1 });
 * server.use(...sim.handlers);
 */
export function skyvernSimulator(options: SimulatorOptions): Simulator {
  const core = simulatorCore('skyvern', options, ERRORS, (r) => r.headers.get('x-api-key') ?? undefined);
  const keys = new IdempotencyStore();
  const runs = new RunStore();
  const render = (run: SimRun) => (view: RunView) => runBody(run, view);
  const handlers: HttpHandler[] = [
    core.route('post', '/v1/run/tasks', 'create', ({ body, exchange, request }) => {
      const fields = body as Record<string, unknown>;
      if (typeof fields.prompt !== 'string' || !fields.prompt) return core.refuse(exchange, 'prompt: Field required', 'prompt');
      const hook = fields.webhook_callback_url;
      if (hook !== undefined && (typeof hook !== 'string' || !isLoopbackUrl(hook))) {
        return core.refuse(exchange, `webhook_callback_url must be a loopback http(s) URL here, got ${JSON.stringify(hook)}`, 'webhook_callback_url');
      }
      return startRun({
        core, keys, exchange, body, workMs: 300,
        replayed: (replay, original) => void (runs.get(original.runId!)!.attempt = replay),
        request: runRequest(fields, exchange.credential),
        accept: (attempt) => {
          const run = runs.add({
            id: `tsk_v2_${core.attempts.length}${Math.floor(core.random() * 1e9)}`,
            attempt,
            createdAtMs: core.now(),
            createdAt: new Date().toISOString(),
            phases: [{ status: 'created', ms: 500 }, { status: 'queued', ms: 2_000 }, { status: 'running', ms: 5_000 + Math.floor(core.random() * 10_000) }],
            final: attempt.fate.type === 'reply' ? {} : attempt.fate.body,
          });
          if (typeof hook === 'string') scheduleWebhook(core, run, hook, request.headers.get('x-api-key')!);
          return json(200, runBody(run, viewRun(run, core.now())));
        },
      });
    }),
    core.route('get', '/v1/runs/:id', 'status', ({ params }) => {
      const run = runs.get(params.id ?? '');
      return run ? pollRun(core, run, render(run)) : ERRORS.notFound(`Run ${params.id}`);
    }),
  ];
  return { provider: 'skyvern', baseUrl: options.baseUrl, handlers, core };
}

function runBody(run: SimRun, view: RunView): Record<string, unknown> {
  const base = { run_id: run.id, status: view.status, output: null, failure_reason: null, errors: [], created_at: run.createdAt };
  return view.final ? { ...base, ...view.final, run_id: run.id, finished_at: new Date().toISOString() } : base;
}

/** Posts the signed run object to the receiver when the run ends (on the virtual clock). */
function scheduleWebhook(core: SimulatorCore, run: SimRun, url: string, apiKey: string): void {
  const endsInMs = run.phases.reduce((sum, phase) => sum + phase.ms, 0);
  setTimeout(async () => {
    core.busy++;
    try {
      const body = JSON.stringify({ ...runBody(run, viewRun(run, core.now())), webhook_callback_url: url });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const delivered = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-skyvern-timestamp': timestamp, 'x-skyvern-signature': signWebhook(apiKey, timestamp, body) },
        body,
      }).then((r) => r.ok, () => false);
      if (delivered) core.observe(run.attempt, served(json(200, JSON.parse(body))));
    } finally {
      core.busy--;
    }
  }, endsInMs);
}

function runRequest(body: Record<string, unknown>, credential: string): RunRequest {
  return {
    prompt: body.prompt as string,
    maxSteps: body.max_steps as number | undefined,
    answerSchema: body.data_extraction_schema,
    proxy: (body.proxy_url ?? body.proxy_location) as string | undefined,
    credential,
  };
}
