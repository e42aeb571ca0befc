import { test as base, chromium, type Browser } from '@playwright/test';
import { startFixtureSite, type FixtureSite } from '../../mocks/site/server.ts';
import { DEFAULT_DECISION_TIMEOUT_MS } from './ask-handler.ts';
import type { CommandClient } from '../contract/index.ts';
import { loadHandler, type JudgedHandler } from './load-handler.ts';
import { REFERENCE_HANDLER } from './handler-projects.ts';
import { runSeed } from './random.ts';
import { SHARED_BROWSER_ENV } from './shared-browser.ts';

/** Options a project sets in `use` (Playwright `{ option: true }` fixtures). */
export interface FaultlineOptions {
  /** Path of the handler module under test (default export: a RecoveryHandler or a ClientHandler). */
  handlerPath: string;
  /** A client in any language, run as a command; judged instead of `handlerPath` when set. */
  handlerCommand: CommandClient | null;
  /** Real-time limit for one `decide` call. */
  decisionTimeoutMs: number;
  /** Fail non-strict verdicts too (`FAULTLINE_STRICT=1`, `strict: true` in `defineFaultlineConfig`). */
  strict: boolean;
}

/** Worker-scoped parts the scenarios share. */
export interface FaultlineWorkerFixtures extends FaultlineOptions {
  /** The handler under test (policy, client or command), loaded and validated once per worker. */
  handler: JudgedHandler;
  /**
   * Starts the worker's one MSW server for client-mode scenarios (MSW is loaded then, so a worker
   * that runs only policy and browser scenarios never loads it); closed when the worker ends.
   */
  simulatorServer: () => Promise<void>;
  /** The fixture site on loopback. */
  site: FixtureSite;
  /** The run's seed (`FAULTLINE_SEED`, or drawn once by the config). */
  seed: number;
  /**
   * The worker's browser: a connection to the run's shared browser server (or to `connectOptions`'
   * remote one), else a launch of its own; replaced by a fresh launch if a fault took it down, so
   * the next scenario never inherits a dead browser.
   */
  liveBrowser: () => Promise<Browser>;
}

/**
 * Playwright's `test` with Faultline's fixtures: the handler under test, the fixture site and the
 * seed. The site is closed and the browser torn down by Playwright even when a scenario fails.
 *
 * @example
 * test('my scenario', async ({ handler, site, browser }) => { … });
 */
export const test = base.extend<object, FaultlineWorkerFixtures>({
  handlerPath: [REFERENCE_HANDLER, { option: true, scope: 'worker' }],
  decisionTimeoutMs: [DEFAULT_DECISION_TIMEOUT_MS, { option: true, scope: 'worker' }],
  strict: [false, { option: true, scope: 'worker' }],
  handlerCommand: [null, { option: true, scope: 'worker' }],
  handler: [
    async ({ handlerPath, handlerCommand }, use) => use(handlerCommand ?? (await loadHandler(handlerPath))),
    { scope: 'worker' },
  ],
  site: [
    async ({}, use) => {
      const site = await startFixtureSite();
      try {
        await use(site);
      } finally {
        await site.close();
      }
    },
    { scope: 'worker' },
  ],
  seed: [async ({}, use) => use(runSeed()), { scope: 'worker' }],
  simulatorServer: [
    async ({}, use) => {
      let msw: typeof import('./client/msw-server.ts') | undefined;
      try {
        await use(async () => void (msw ??= await import('./client/msw-server.ts')).mswServer());
      } finally {
        msw?.closeMswServer();
      }
    },
    { scope: 'worker' },
  ],
  liveBrowser: [
    async ({ launchOptions, connectOptions }, use) => {
      const opened: Browser[] = [];
      let current: Browser | undefined;
      try {
        await use(async () => {
          if (!current?.isConnected())
            opened.push((current = current ? await chromium.launch(launchOptions) : await firstBrowser()));
          return current;
        });
      } finally {
        await Promise.all(opened.map((b) => b.close().catch(() => {})));
      }

      function firstBrowser(): Promise<Browser> {
        const { wsEndpoint, ...options } = connectOptions ?? { wsEndpoint: process.env[SHARED_BROWSER_ENV] };
        return wsEndpoint ? chromium.connect(wsEndpoint, options) : chromium.launch(launchOptions);
      }
    },
    { scope: 'worker' },
  ],
});
