import { bearerHeaders, call, okJson } from './http.ts';
import type { PlatformClient } from './platform.ts';

const TERMINAL = new Set(['completed', 'failed', 'timed_out', 'interrupted']);
/** How long each `changes` long-poll may wait on the server. */
const WAIT_FOR_SECONDS = 30;

/**
 * H Company (its public Agents API reference): `POST /api/v2/sessions` with the agent and the task
 * as a user message, then the `changes` long-poll from the last event index until the session
 * ends; its last answer (status, `error_code`, `outcome`, `answer`) is what shows the end.
 *
 * @example
 * const native = await hcompanyClient.attempt(state, env);
 */
export const hcompanyClient: PlatformClient = {
  async attempt(state, env) {
    const { task } = state;
    const created = await call('hcompany', `${env.baseUrl}/api/v2/sessions`, {
      method: 'POST',
      headers: bearerHeaders(state.apiKey, state.idempotencyKey),
      body: JSON.stringify({
        agent: 'h/web-surfer-flash',
        messages: [{ type: 'user_message', message: task.prompt }],
        max_steps: task.budget.maxSteps,
        max_time_s: task.budget.maxTimeS,
        answer_format: task.answerSchema,
      }),
      signal: env.signal,
    });
    const session = okJson(created);
    if (!session) return created;
    let fromIndex = 0;
    for (;;) {
      const polled = await call(
        'hcompany',
        `${env.baseUrl}/api/v2/sessions/${session.id}/changes?from_index=${fromIndex}&wait_for_seconds=${WAIT_FOR_SECONDS}`,
        { headers: bearerHeaders(state.apiKey), signal: env.signal },
      );
      if ('response' in polled && polled.response.status === 204) continue;
      const changes = okJson(polled);
      if (!changes || TERMINAL.has(String(changes.status)) || env.signal.aborted) return polled;
      fromIndex += Array.isArray(changes.new_events) ? changes.new_events.length : 0;
    }
  },
};
