import { z } from 'zod';
import { resolveBrowser } from '../../harness/shared/browser-path.ts';
import { AGENT_TIMEOUT_MS, browserParts, realizeWithAgent } from './agent-fault.ts';
import { defineFault } from './fault.ts';
import { ALL_PROVIDERS } from './providers.ts';

const KILL_AFTER_MS = 100;

/** The browser process is SIGKILLed mid-navigation: a browser of its own, so the shared one lives on. */
export const browserKilled = defineFault({
  id: 'browser.killed',
  summary: 'A dedicated Chromium is SIGKILLed mid-navigation',
  providers: ALL_PROVIDERS,
  browser: true,
  params: z.strictObject({}),
  realize: async (_params, ctx) => {
    const { site } = browserParts(ctx);
    // Loaded here: only the scenarios that realize this fault pay for Playwright's start (the CLI and
    // in-process runs load every fault's definition).
    const { chromium } = await import('@playwright/test');
    const server = await chromium.launchServer({
      executablePath: resolveBrowser(process.env, chromium.executablePath()).executablePath,
    });
    const browser = await chromium.connect(server.wsEndpoint());
    let killed = false;
    try {
      return await realizeWithAgent(
        { ...ctx, browser: { browser, site } },
        {
          path: '/hang',
          timeoutMs: AGENT_TIMEOUT_MS,
          duringLoad: () => void setTimeout(() => (killed = server.process().kill('SIGKILL')), KILL_AFTER_MS),
        },
        'browser killed mid-navigation',
        (o) => killed && o.type === 'error',
      );
    } finally {
      await browser.close().catch(() => {});
      await server.close().catch(() => {});
    }
  },
});
