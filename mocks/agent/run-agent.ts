import type { BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import type { BrowserParts } from '../faults/fault.ts';
import { detectWall } from '../site/detect.ts';
import type { AgentOutcome, AgentStyle } from './outcome.ts';

/** One run of the fixture agent. */
export interface AgentRun {
  /** Fixture site path to open, with its query (`/slow?ms=800`). */
  path: string;
  style: AgentStyle;
  /** Real navigation timeout, in ms. */
  timeoutMs: number;
  proxy?: BrowserContextOptions['proxy'];
  /** Sabotage after the page loaded and before the answer is read (crash the renderer, close the context). */
  afterLoad?: (page: Page) => Promise<void>;
  /** Arms faults on the fresh context before the page opens (in-page request faults). */
  beforeLoad?: (context: BrowserContext) => Promise<void>;
  /** Sabotage as soon as the navigation started (kill the browser mid-navigation). */
  duringLoad?: () => void;
}

const SELECTOR_TIMEOUT_MS = 300;

/**
 * A tiny browser agent: opens a fixture page in a fresh context, reads walls and error pages the
 * way a platform agent would (or not, as a raw script), extracts `{product, price}`, and reports
 * what really happened. Real Playwright errors are caught and reported, never thrown.
 *
 * @example
 * const outcome = await runAgent(parts, { path: '/captcha', style: 'platform', timeoutMs: 5000 });
 * // { type: 'wall', wall: 'captcha' }
 */
export async function runAgent(parts: BrowserParts, run: AgentRun): Promise<AgentOutcome> {
  const viaProxy = run.proxy !== undefined;
  let context;
  try {
    context = await parts.browser.newContext(run.proxy ? { proxy: run.proxy } : {});
    await run.beforeLoad?.(context);
    const page = await context.newPage();
    const navigation = page.goto(parts.site.url(run.path), { timeout: run.timeoutMs });
    run.duringLoad?.();
    const response = await navigation;
    if (run.style === 'platform') {
      const status = response?.status() ?? 200;
      if (status >= 400)
        return { type: 'http', status, retryAfter: (await response?.headerValue('retry-after')) ?? null, viaProxy };
      // The live DOM as markup; `page.content()` would cost an isolated world (~70 ms) per attempt.
      const wall = detectWall(await page.evaluate(() => document.documentElement.outerHTML));
      if (wall) return { type: 'wall', wall };
    }
    await run.afterLoad?.(page);
    // A page that fetches its own data says "Loading…" until the fetch settles (however slow the
    // machine): wait for that first, so the short selector wait below only judges the selector.
    // Playwright's own waits (and their real TimeoutErrors) only when there is something to wait
    // for: each costs an injected script in the page, ~50 ms per attempt.
    const loaded = () => !document.getElementById('slot')?.textContent?.startsWith('Loading');
    if (!(await page.evaluate(loaded))) await page.waitForFunction(loaded, undefined, { timeout: run.timeoutMs });
    // A real locator wait when the selector is missing: Playwright's own TimeoutError. A selector
    // that is there is read at once, so a loaded machine cannot turn a clean run into a timeout.
    if (!(await page.evaluate(() => document.querySelector('#price') !== null)))
      await page.locator('#price').waitFor({ state: 'attached', timeout: SELECTOR_TIMEOUT_MS });
    const { product, price } = await page.evaluate(() => ({
      product: document.querySelector('#product')?.textContent ?? '',
      price: document.querySelector('#price')?.textContent ?? '',
    }));
    return { type: 'answer', answer: { product, price: Number.isNaN(Number(price)) ? price : Number(price) } };
  } catch (error) {
    return { type: 'error', error: error instanceof Error ? error : new Error(String(error)), viaProxy };
  } finally {
    await context?.close().catch(() => {});
  }
}
