import { bearerHeaders, call, okJson } from './http.ts';
import type { PlatformClient } from './platform.ts';

const TERMINAL = new Set(['completed', 'failed', 'timed_out']);

/**
 * H Company: `POST /v1/sessions`, then the `changes` long-poll until the session ends.
 *
 * @example
 * const native = await hcompanyClient.attempt(state, env);
 */
export const hcompanyClient: PlatformClient = {
  async attempt(state, env) {
    const { task } = state;
    const created = await call('hcompany', `${env.baseUrl}/v1/sessions`, {
      method: 'POST',
      headers: bearerHeaders(state.apiKey, state.idempotencyKey),
      body: JSON.stringify({ agent: 'h/web-surfer-flash', messages: task.prompt, max_steps: task.budget.maxSteps, max_time_s: task.budget.maxTimeS, answer_format: task.answerSchema, proxy: task.proxy }),
      signal: env.signal,
    });
    let session = okJson(created);
    if (!session) return created;
    let cursor = -1;
    for (;;) {
      if (TERMINAL.has(String(session.status)) || env.signal.aborted) return { provider: 'hcompany', response: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(session) } };
      const polled = await call('hcompany', `${env.baseUrl}/v1/sessions/${session.id}/changes?cursor=${cursor}&wait_s=30`, { headers: bearerHeaders(state.apiKey), signal: env.signal });
      const changes = okJson(polled);
      if (!changes) return polled;
      cursor = Number(changes.cursor);
      session = changes.session as Record<string, unknown>;
    }
  },
};
