import type { HttpHandler } from 'msw';
import { bearerKey, type ErrorEnvelopes } from '../simulator/errors.ts';
import { IdempotencyStore } from '../simulator/idempotency.ts';
import { json, type Reply } from '../simulator/reply.ts';
import { describeIssues, requestIssues } from '../simulator/request-issues.ts';
import { answerEnd, startRun } from '../simulator/start-run.ts';
import { simulatorCore, type Simulator, type SimulatorOptions } from '../simulator/simulator.ts';
import { API_PROBLEM_TYPES, PROBLEM_JSON, problemBody, type Problem } from './payloads.ts';
import { TaskRequestSchema } from './schema.ts';

/** Problem documents (`application/problem+json`) whose `trace_id`s are numbered by `nextId`. */
function problemErrors(nextId: () => string): ErrorEnvelopes {
  const reply = (problem: Omit<Problem, 'type'> & { slug: string }): Reply => {
    const { slug, ...fields } = problem;
    return {
      status: problem.status,
      headers: { 'content-type': PROBLEM_JSON },
      text: JSON.stringify(problemBody({ type: `${API_PROBLEM_TYPES}/${slug}`, ...fields }, nextId())),
    };
  };
  return {
    unauthorized: () =>
      reply({
        status: 401,
        slug: 'unauthorized',
        title: 'Unauthorized',
        detail: 'Missing or invalid API key',
        is_retriable: false,
        suggestions: ['Refresh the API key'],
      }),
    invalid: (issues) =>
      reply({
        status: 422,
        slug: 'validation-error',
        title: 'Invalid request',
        detail: describeIssues(issues),
        is_retriable: false,
        errors: issues.map((issue) => ({ pointer: `#/${issue.loc.slice(1).join('/')}`, detail: issue.msg })),
      }),
    notFound: (what) =>
      reply({ status: 404, slug: 'not-found', title: 'Not found', detail: `${what} not found`, is_retriable: false }),
    // The first request with the key is still running: a resend with the same key succeeds once it is done.
    inFlight: (detail) =>
      reply({
        status: 409,
        slug: 'operation-in-progress',
        title: 'Conflict',
        detail,
        is_retriable: true,
        retry_after_ms: 1_000,
      }),
    keyReused: (detail) =>
      reply({ status: 409, slug: 'idempotency-key-reused', title: 'Conflict', detail, is_retriable: false }),
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
  const core = simulatorCore(
    'problem',
    options,
    problemErrors(() => `trace-sim-${++traces}`),
    bearerKey,
  );
  const keys = new IdempotencyStore();
  const handlers: HttpHandler[] = [
    core.route('post', '/v1/tasks', 'create', async ({ body, exchange }) => {
      const parsed = TaskRequestSchema.safeParse(body);
      if (!parsed.success) return core.refuse(exchange, requestIssues('body', parsed.error, body));
      const fields = parsed.data;
      return startRun({
        core,
        keys,
        exchange,
        body,
        workMs: 2_000,
        request: {
          prompt: fields.prompt,
          maxSteps: fields.max_steps,
          maxTimeS: fields.max_time_s,
          answerSchema: fields.answer_schema,
          proxy: fields.proxy,
          credential: exchange.credential,
        },
        accept: (attempt) =>
          answerEnd(core, attempt, json(200, attempt.fate.type === 'reply' ? {} : attempt.fate.body)),
      });
    }),
  ];
  return { provider: 'problem', baseUrl: options.baseUrl, handlers, core };
}
