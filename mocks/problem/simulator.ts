import type { HttpHandler } from 'msw';
import { bearerKey, type ErrorEnvelopes } from '../simulator/errors.ts';
import { IdempotencyStore } from '../simulator/idempotency.ts';
import type { Reply } from '../simulator/reply.ts';
import { served, startRun } from '../simulator/start-run.ts';
import { simulatorCore, type Simulator, type SimulatorOptions } from '../simulator/simulator.ts';

const PROBLEM_TYPES = 'https://problems.faultline.test';
/** Problem documents (`application/problem+json`) whose `trace_id`s are numbered by `nextId`. */
function problemErrors(nextId: () => string): ErrorEnvelopes {
  const problem = (status: number, slug: string, title: string, detail: string, extensions: Record<string, unknown> = {}, headers: Record<string, string> = {}): Reply => ({
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
    text: JSON.stringify({ type: `${PROBLEM_TYPES}/${slug}`, title, status, detail, trace_id: nextId(), ...extensions }),
  });
  return {
    unauthorized: () => problem(401, 'unauthorized', 'Unauthorized', 'Missing or invalid API key', { is_retriable: false, suggestions: ['Refresh the API key'] }),
    invalid: (detail, field) => problem(422, 'validation-error', 'Invalid request', detail, { is_retriable: false, errors: field ? [{ pointer: `#/${field}`, detail }] : [] }),
    notFound: (what) => problem(404, 'not-found', 'Not found', `${what} not found`, { is_retriable: false }),
    conflict: (code, detail) => problem(409, code.replace(/_/g, '-'), 'Conflict', detail, { is_retriable: false }),
    rateLimited: (code, detail, retryAfterS) => problem(429, code.replace(/_/g, '-'), 'Too many requests', detail, { is_retriable: true, retry_after_ms: retryAfterS * 1000 }, { 'retry-after': String(retryAfterS) }),
  };
}

/**
 * A generic JSON agent API that answers errors as `application/problem+json` with the agent
 * extensions (seed 003) and honours `Idempotency-Key`: `POST /v1/tasks` (`prompt` required,
 * `max_steps`, `max_time_s`, `answer_schema`, `proxy`) answers the task's result, or the problem
 * its attempt's fate says. API key in `Authorization: Bearer`.
 *
 * @example
 * const sim = problemSimulator({ baseUrl: 'https://api.problem.test', apiKeys: ['pk-1'], seed: 1 });
 * server.use(...sim.handlers);
 */
export function problemSimulator(options: SimulatorOptions): Simulator {
  let traces = 0;
  const ERRORS = problemErrors(() => `trace-sim-${++traces}`);
  const core = simulatorCore('problem', options, ERRORS, bearerKey);
  const keys = new IdempotencyStore();
  const handlers: HttpHandler[] = [
    core.route('post', '/v1/tasks', 'create', async ({ body, exchange }) => {
      const fields = body as Record<string, unknown>;
      if (typeof fields.prompt !== 'string' || !fields.prompt) return core.refuse(exchange, 'prompt is required', 'prompt');
      return startRun({
        core, keys, exchange, body, workMs: 2_000,
        request: {
          prompt: fields.prompt,
          maxSteps: fields.max_steps as number | undefined,
          maxTimeS: fields.max_time_s as number | undefined,
          answerSchema: fields.answer_schema,
          proxy: fields.proxy as string | undefined,
          credential: exchange.credential,
        },
        accept: (attempt) => {
          const reply: Reply = { status: 200, headers: { 'content-type': 'application/json' }, body: attempt.fate.type === 'reply' ? {} : attempt.fate.body };
          if (attempt.fate.type === 'final') core.observe(attempt, served(reply));
          return reply;
        },
      });
    }),
  ];
  return { provider: 'problem', baseUrl: options.baseUrl, handlers, core };
}
