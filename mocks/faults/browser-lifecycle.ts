import { chromium } from '@playwright/test';
import { z } from 'zod';
import { resolveBrowser } from '../../harness/runner/browser-path.ts';
import { envelope } from '../agent/envelopes.ts';
import { AGENT_TIMEOUT_MS, browserParts, describeOutcome, realizeWithAgent } from './agent-fault.ts';
import { defineFault, type Realized } from './fault.ts';
import { ALL_PROVIDERS } from './providers.ts';

const KILL_AFTER_MS = 100;
const MISSING_EXECUTABLE = '/nonexistent/faultline/chromium';

/** The browser process is SIGKILLed mid-navigation: a browser of its own, so the shared one lives on. */
export const browserKilled = defineFault({
  id: 'browser.killed',
  summary: 'Real browser death: a dedicated Chromium is SIGKILLed while it navigates',
  providers: ALL_PROVIDERS,
  browser: true,
  params: z.strictObject({}),
  realize: async (_params, ctx) => {
    const { site } = browserParts(ctx);
    const server = await chromium.launchServer({ executablePath: resolveBrowser(process.env, chromium.executablePath()).executablePath });
    const browser = await chromium.connect(server.wsEndpoint());
    let killed = false;
    try {
      return await realizeWithAgent(
        { ...ctx, browser: { browser, site } },
        { path: '/hang', timeoutMs: AGENT_TIMEOUT_MS, duringLoad: () => void setTimeout(() => (killed = server.process().kill('SIGKILL')), KILL_AFTER_MS) },
        'browser killed mid-navigation',
        (o) => killed && o.type === 'error',
      );
    } finally {
      await browser.close().catch(() => {});
      await server.close().catch(() => {});
    }
  },
});

/** The browser cannot start: launching a Chromium whose executable is missing really fails. */
export const browserLaunchFailure = defineFault({
  id: 'browser.launch_failure',
  summary: 'Real launch failure: Playwright launches a Chromium executable that does not exist',
  providers: ALL_PROVIDERS,
  browser: true,
  params: z.strictObject({}),
  realize: async (_params, ctx): Promise<Realized> => {
    try {
      const browser = await chromium.launch({ executablePath: MISSING_EXECUTABLE });
      await browser.close();
      return { native: envelope(ctx.provider, { type: 'answer', answer: null }), fired: false, evidence: `expected a launch failure, but ${MISSING_EXECUTABLE} launched` };
    } catch (error) {
      const outcome = { type: 'error' as const, error: error as Error, viaProxy: false };
      return { native: envelope(ctx.provider, outcome), fired: /Failed to launch/.test((error as Error).message), evidence: `launch failure: ${describeOutcome(outcome)}` };
    }
  },
});

/** The browser context is closed under the agent after the page loaded. */
export const browserContextClosed = defineFault({
  id: 'browser.context_closed',
  summary: 'Real closed context: the context is closed under the agent before it reads the page',
  providers: ALL_PROVIDERS,
  browser: true,
  params: z.strictObject({}),
  realize: (_params, ctx) =>
    realizeWithAgent(ctx, { path: '/data', timeoutMs: AGENT_TIMEOUT_MS, afterLoad: (page) => page.context().close() }, 'context closed', (o) =>
      o.type === 'error' && /closed/i.test(o.error.message),
    ),
});

/**
 * The agent's screenshot fails inside Playwright: it asks for a region the page cannot give
 * (a zero-size clip), and Playwright's real error comes back.
 */
export const browserScreenshotFailure = defineFault({
  id: 'browser.screenshot_failure',
  summary: "Real screenshot failure: Playwright refuses a capture the page cannot give",
  providers: ALL_PROVIDERS,
  browser: true,
  params: z.strictObject({}),
  realize: (_params, ctx) =>
    realizeWithAgent(
      ctx,
      { path: '/data', timeoutMs: AGENT_TIMEOUT_MS, afterLoad: async (page) => void (await page.screenshot({ clip: { x: 0, y: 0, width: 0, height: 0 } })) },
      'screenshot failure',
      (o) => o.type === 'error' && /screenshot/.test(o.error.message),
    ),
});
