import { call, okJson, sleep } from './http.ts';
import type { PlatformClient } from './platform.ts';

const TERMINAL = new Set(['completed', 'failed', 'terminated', 'timed_out', 'canceled']);
const POLL_MS = 2_000;
/** Where a run goes once the client wants another proxy: Skyvern picks proxies by location. */
const PROXY_LOCATIONS = ['RESIDENTIAL_ISP', 'US-CA', 'US-NY', 'US-TX', 'US-FL', 'US-WA'];

/**
 * Skyvern (its public OpenAPI document): `POST /v1/run/tasks` with `prompt`, `max_steps`,
 * `data_extraction_schema` and, once a new proxy was asked for, another `proxy_location`; then
 * `get_run` every 2 s until a terminal status (seed 001).
 *
 * @example
 * const native = await skyvernClient.attempt(state, env);
 */
export const skyvernClient: PlatformClient = {
  async attempt(state, env) {
    const { task } = state;
    const headers = {
      'content-type': 'application/json',
      'x-api-key': state.apiKey,
      'idempotency-key': state.idempotencyKey,
    };
    const created = await call('skyvern', `${env.baseUrl}/v1/run/tasks`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        prompt: task.prompt,
        max_steps: task.budget.maxSteps,
        data_extraction_schema: task.answerSchema,
        ...(state.proxies > 0 && { proxy_location: PROXY_LOCATIONS[(state.proxies - 1) % PROXY_LOCATIONS.length] }),
      }),
      signal: env.signal,
    });
    let run = okJson(created);
    if (!run) return created;
    for (;;) {
      if (TERMINAL.has(String(run.status)) || env.signal.aborted)
        return {
          provider: 'skyvern',
          response: { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(run) },
        };
      await sleep(POLL_MS, env.signal);
      const polled = await call('skyvern', `${env.baseUrl}/v1/runs/${run.run_id}`, {
        headers: { 'x-api-key': state.apiKey },
        signal: env.signal,
      });
      run = okJson(polled);
      if (!run) return polled;
    }
  },
};
