import type { HttpHandler } from 'msw';
import type { SimulatorCore } from '../simulator/core.ts';
import { fastApiInvalid, type ErrorEnvelopes } from '../simulator/errors.ts';
import type { RunRequest } from '../simulator/fates.ts';
import { PolledRuns } from '../simulator/polled-runs.ts';
import { json } from '../simulator/reply.ts';
import { requestIssues } from '../simulator/request-issues.ts';
import type { RunView, SimRun } from '../simulator/runs.ts';
import { served } from '../simulator/start-run.ts';
import { simulatorCore, type Simulator, type SimulatorOptions } from '../simulator/simulator.ts';
import {
  DEFAULT_ENGINE,
  ENGINES,
  requestEcho,
  runEnd,
  runResponse,
  webhookPayload,
  type RunSnapshot,
} from './payloads.ts';
import { TaskRunRequestSchema } from './schema.ts';
import { deliverWebhook, isLoopbackUrl } from './webhook.ts';

const ERRORS: ErrorEnvelopes = {
  // Skyvern answers a missing or unknown key with 403 (its organization auth dependency).
  unauthorized: () => json(403, { detail: 'Invalid credentials' }),
  invalid: fastApiInvalid,
  notFound: (what) => json(404, { detail: `Task run not found ${what}` }),
  inFlight: (detail) => json(409, { detail }),
  keyReused: (detail) => json(409, { detail }),
};

/** What the simulator keeps about a run besides its timeline. */
interface RunData {
  runType: string;
  request: Record<string, unknown>;
  /** The API key that created the run: webhooks are signed with it. */
  apiKey: string;
  webhookUrl: string | null;
  webhookSent: boolean;
  stepCount: number;
}

/**
 * A stateful fake of Skyvern's run API, after its public OpenAPI document: `POST /v1/run/tasks`
 * (API key in `x-api-key`, a missing or unknown one gets 403; the reference's `TaskRunRequest`,
 * unknown fields ignored, a bad body a FastAPI 422), `GET /v1/runs/{run_id}` and
 * `POST /v1/runs/{run_id}/cancel`. A run goes `created` → `queued` → `running` → the end its
 * attempt's fate says (or `canceled`); every answer is a full `TaskRunResponse` (`run_type` from
 * the engine, timestamps set once when the state changed). When a run ends, a webhook signed as
 * Skyvern signs it (HMAC-SHA256 of the raw body with the API key, `x-skyvern-signature`, beside
 * `x-skyvern-timestamp`) goes to its loopback `webhook_url`.
 *
 * @example
 * const sim = skyvernSimulator({ baseUrl: 'https://api.skyvern.test', apiKeys: ['sk-1'], seed: 1 });
 * server.use(...sim.handlers);
 */
export function skyvernSimulator(options: SimulatorOptions): Simulator {
  const core = simulatorCore('skyvern', options, ERRORS, (r) => r.headers.get('x-api-key') ?? undefined);
  const runs = new PolledRuns<RunData>(core, {
    workMs: 300,
    phases: (random) => [
      { status: 'created', ms: 500 },
      { status: 'queued', ms: 2_000 },
      { status: 'running', ms: 5_000 + Math.floor(random() * 10_000) },
    ],
    endPayload: (run, view) => runResponse(runSnapshot(core, run, view)),
  });
  const snapshot = (run: SimRun<RunData>, view = runs.view(run)) => runSnapshot(core, run, view);
  const sendWebhook = async (run: SimRun<RunData>) => {
    const view = runs.view(run);
    if (!run.data.webhookUrl || run.data.webhookSent || !view.terminal) return;
    run.data.webhookSent = true;
    const body = JSON.stringify(webhookPayload(snapshot(run, view), run.data.webhookUrl));
    if (await deliverWebhook(run.data.webhookUrl, body, run.data.apiKey))
      core.observe(run.attempt, served(json(200, JSON.parse(body))));
  };
  const handlers: HttpHandler[] = [
    core.route('post', '/v1/run/tasks', 'create', ({ body, exchange, request }) => {
      const parsed = TaskRunRequestSchema.safeParse(body);
      if (!parsed.success) return core.refuse(exchange, requestIssues('body', parsed.error, body));
      const fields = parsed.data;
      if (fields.webhook_url && !isLoopbackUrl(fields.webhook_url)) {
        return core.refuse(exchange, [
          {
            loc: ['body', 'webhook_url'],
            type: 'value_error',
            msg: `Value error, Faultline delivers webhooks to loopback http(s) receivers only, got ${fields.webhook_url}`,
            input: fields.webhook_url,
          },
        ]);
      }
      const engine = ENGINES[fields.engine ?? DEFAULT_ENGINE]!;
      return runs.start({
        exchange,
        body,
        request: runRequest(fields, exchange.credential),
        id: `${engine.idPrefix}${runNumber(core.random)}`,
        data: {
          runType: engine.runType,
          request: requestEcho(fields),
          apiKey: request.headers.get('x-api-key')!,
          webhookUrl: fields.webhook_url ?? null,
          webhookSent: false,
          stepCount: 1 + Math.floor(core.random() * 12),
        },
        created: (run) => {
          if (run.data.webhookUrl) scheduleWebhook(core, run, () => sendWebhook(run));
          return json(200, runResponse(snapshot(run)));
        },
      });
    }),
    core.route('get', '/v1/runs/:run_id', 'status', ({ params }) => {
      const run = runs.get(params.run_id);
      return run ? runs.read(run, (view) => runResponse(snapshot(run, view))) : ERRORS.notFound(String(params.run_id));
    }),
    core.route('post', '/v1/runs/:run_id/cancel', 'cancel', async ({ params }) => {
      const run = runs.get(params.run_id);
      if (!run) return json(404, { detail: `Run not found ${params.run_id}` });
      const before = runs.view(run).status;
      if (!runs.store.cancel(run, core.now(), { status: 'canceled' })) {
        return json(400, {
          detail:
            before === 'canceled'
              ? `Invalid task status transition to canceled for ${run.id} because task is already canceled`
              : `Invalid task status transition from ${before} to canceled for ${run.id}`,
        });
      }
      await sendWebhook(run);
      return json(200, null);
    }),
  ];
  return { provider: 'skyvern', baseUrl: options.baseUrl, handlers, core };
}

/** The run at `view`: its timestamps are the instants it entered each state, so reads never move them. */
function runSnapshot(core: SimulatorCore, run: SimRun<RunData>, view: RunView): RunSnapshot {
  const entered = (status: string) => {
    const index = run.phases.findIndex((phase) => phase.status === status);
    return index >= 0 && index < view.since.length && !(view.terminal && index === view.step)
      ? core.instant(view.since[index]!)
      : null;
  };
  const started = entered('running');
  return {
    id: run.id,
    runType: run.data.runType,
    status: view.status,
    end: view.final ? runEnd(view.final) : null,
    request: run.data.request,
    createdAt: core.instant(run.createdAtMs),
    queuedAt: entered('queued'),
    startedAt: started,
    finishedAt: view.terminal ? core.instant(view.since[view.step]!) : null,
    modifiedAt: core.instant(view.since[view.step]!),
    stepCount: started ? (view.terminal ? run.data.stepCount : 1) : null,
  };
}

/** Posts the run's webhook when it ends on the virtual clock (a cancel posts it earlier; it goes once). */
function scheduleWebhook(core: SimulatorCore, run: SimRun<RunData>, send: () => Promise<void>): void {
  const endsInMs = run.phases.reduce((sum, phase) => sum + phase.ms, 0);
  setTimeout(async () => {
    core.busy++;
    try {
      await send();
    } finally {
      core.busy--;
    }
  }, endsInMs);
}

function runRequest(body: Record<string, unknown>, credential: string): RunRequest {
  return {
    prompt: body.prompt as string,
    maxSteps: (body.max_steps ?? undefined) as number | undefined,
    answerSchema: body.data_extraction_schema ?? undefined,
    proxy:
      body.proxy_location === undefined || body.proxy_location === null
        ? undefined
        : JSON.stringify(body.proxy_location),
    credential,
  };
}

/** An 18-digit run number, as Skyvern's ids carry, drawn from the simulator's seeded random. */
function runNumber(random: () => number): string {
  return `4${Array.from({ length: 17 }, () => Math.floor(random() * 10)).join('')}`;
}
