import { bearerHeaders, call } from './http.ts';
import type { PlatformClient } from './platform.ts';

/**
 * A Problem Details API: one `POST /v1/tasks` with an `Idempotency-Key` (seed 003).
 *
 * @example
 * const native = await problemClient.attempt(state, env);
 */
export const problemClient: PlatformClient = {
  attempt: (state, env) =>
    call('problem', `${env.baseUrl}/v1/tasks`, {
      method: 'POST',
      headers: bearerHeaders(state.apiKey, state.idempotencyKey),
      body: JSON.stringify({
        prompt: state.task.prompt,
        max_steps: state.task.budget.maxSteps,
        max_time_s: state.task.budget.maxTimeS,
        answer_schema: state.task.answerSchema,
        proxy: state.task.proxy,
      }),
      signal: env.signal,
    }),
};
