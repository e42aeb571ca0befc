import { bearerHeaders, call, okJson, sleep } from './http.ts';
import type { PlatformClient, RunState } from './platform.ts';
import type { ClientEnv, Native, TaskSpec } from '../../core.ts';

const READY_POLL_MS = 500;
const SCRIPT = "await page.goto('https://example.test/laptop'); return await page.evaluate(() => window.__answer);";
/** How much a quick action reads before any narrowing (the reference's default `maxChars`). */
const MAX_CHARS = 20_000;

/** Creates a browser and waits until it is ready; the native payload if that failed. */
async function openBrowser(state: RunState, env: ClientEnv): Promise<Native | null> {
  const created = await call('webcompute', `${env.baseUrl}/v1/browsers`, {
    method: 'POST',
    headers: bearerHeaders(state.apiKey),
    body: JSON.stringify(state.task.proxy ? { proxy: state.task.proxy } : {}),
    signal: env.signal,
  });
  let browser = okJson(created);
  if (!browser) return created;
  state.browserId = String(browser.id);
  state.browserProxy = state.task.proxy;
  while (browser.lifecycleStatus !== 'ready' && !env.signal.aborted) {
    await sleep(READY_POLL_MS, env.signal);
    const polled = await call('webcompute', `${env.baseUrl}/v1/browsers/${state.browserId}`, {
      headers: bearerHeaders(state.apiKey),
      signal: env.signal,
    });
    browser = okJson(polled);
    if (!browser) return polled;
  }
  return null;
}

async function closeBrowser(state: RunState, env: ClientEnv): Promise<void> {
  if (!state.browserId) return;
  await call('webcompute', `${env.baseUrl}/v1/browsers/${state.browserId}`, {
    method: 'DELETE',
    headers: bearerHeaders(state.apiKey),
  });
  state.browserId = undefined;
}

/**
 * The quick action a task asks for, if it is one: a task whose prompt starts with a URL only names
 * a page. Each narrowing of the task (words after the URL) reads less of it, as seed 002 says:
 * only the selector it needs, and fewer characters each time.
 */
function quickAction(task: TaskSpec): Record<string, unknown> | null {
  const [url, ...narrowings] = task.prompt.trim().split(/\s+/);
  if (!url || !/^https?:\/\//.test(url)) return null;
  return narrowings.length
    ? { url, selector: '#price', maxChars: Math.max(1, Math.floor(MAX_CHARS / 2 ** narrowings.length)) }
    : { url };
}

/**
 * Webcompute (its public reference and seed 002): a task that names a page runs as a quick action
 * (`POST /v1/scrape`, an ephemeral browser; narrowed with a selector and `maxChars`); any other
 * runs as code in a managed browser (created, waited on until `ready`, then
 * `playwright.execute`; a fresh browser closes the old one first). After a browser health timeout
 * it checks `browser.status()` first, as the seed's "Common cases" say.
 *
 * @example
 * const native = await webcomputeClient.attempt(state, env);
 */
export const webcomputeClient: PlatformClient = {
  async attempt(state, env) {
    const { task } = state;
    const quick = quickAction(task);
    if (quick) {
      return call('webcompute', `${env.baseUrl}/v1/scrape`, {
        method: 'POST',
        headers: bearerHeaders(state.apiKey, state.idempotencyKey),
        body: JSON.stringify({
          ...quick,
          timeout: task.budget.maxTimeS * 1000,
          ...(task.proxy && { proxy: task.proxy }),
        }),
        signal: env.signal,
      });
    }
    // A browser's proxy is fixed when it is created: a new proxy needs a new browser.
    if (state.browserId && state.browserProxy !== task.proxy) await closeBrowser(state, env);
    if (!state.browserId) {
      const failed = await openBrowser(state, env);
      if (failed) return failed;
    }
    return call('webcompute', `${env.baseUrl}/v1/browsers/${state.browserId}/playwright/execute`, {
      method: 'POST',
      headers: bearerHeaders(state.apiKey, state.idempotencyKey),
      body: JSON.stringify({
        code: `// ${task.prompt}\n${SCRIPT}`,
        timeoutMs: Math.min(task.budget.maxTimeS * 1000, 120_000),
      }),
      signal: env.signal,
    });
  },
  async inspect(failure, state, env) {
    if (failure.code !== 'BROWSER_HEALTH_TIMEOUT' || !state.browserId) return;
    await call('webcompute', `${env.baseUrl}/v1/browsers/${state.browserId}/status`, {
      headers: bearerHeaders(state.apiKey),
      signal: env.signal,
    });
  },
  freshBrowser: closeBrowser,
  finish: closeBrowser,
};
