import { bearerHeaders, call, okJson, sleep } from './http.ts';
import type { PlatformClient, RunState } from './platform.ts';
import type { ClientEnv, Native } from '../../core.ts';

const READY_POLL_MS = 500;
const SCRIPT = "const page = await browser.newPage(); await page.goto('https://example.test/laptop'); return await page.evaluate(() => window.__answer);";

/** Creates a browser and waits until it is ready; the native payload if that failed. */
async function openBrowser(state: RunState, env: ClientEnv): Promise<Native | null> {
  const created = await call('webcompute', `${env.baseUrl}/v1/browsers`, {
    method: 'POST',
    headers: bearerHeaders(state.apiKey),
    body: JSON.stringify(state.task.proxy ? { proxy: { server: state.task.proxy } } : {}),
    signal: env.signal,
  });
  let browser = okJson(created);
  if (!browser) return created;
  state.browserId = String(browser.id);
  state.browserProxy = state.task.proxy;
  while (browser.status !== 'ready' && !env.signal.aborted) {
    await sleep(READY_POLL_MS, env.signal);
    const polled = await call('webcompute', `${env.baseUrl}/v1/browsers/${state.browserId}`, { headers: bearerHeaders(state.apiKey), signal: env.signal });
    browser = okJson(polled);
    if (!browser) return polled;
  }
  return null;
}

async function closeBrowser(state: RunState, env: ClientEnv): Promise<void> {
  if (!state.browserId) return;
  await call('webcompute', `${env.baseUrl}/v1/browsers/${state.browserId}`, { method: 'DELETE', headers: bearerHeaders(state.apiKey) });
  state.browserId = undefined;
}

/**
 * Webcompute: a browser (created, waited on until `ready`), then `playwright.execute`; a fresh
 * browser closes the old one first (seed 002).
 *
 * @example
 * const native = await webcomputeClient.attempt(state, env);
 */
export const webcomputeClient: PlatformClient = {
  async attempt(state, env) {
    // A browser's proxy is fixed when it is created: a new proxy needs a new browser.
    if (state.browserId && state.browserProxy !== state.task.proxy) await closeBrowser(state, env);
    if (!state.browserId) {
      const failed = await openBrowser(state, env);
      if (failed) return failed;
    }
    return call('webcompute', `${env.baseUrl}/v1/browsers/${state.browserId}/playwright/execute`, {
      method: 'POST',
      headers: bearerHeaders(state.apiKey, state.idempotencyKey),
      body: JSON.stringify({ code: `// ${state.task.prompt}\n${SCRIPT}`, timeout_ms: state.task.budget.maxTimeS * 1000 }),
      signal: env.signal,
    });
  },
  freshBrowser: closeBrowser,
  finish: closeBrowser,
};
