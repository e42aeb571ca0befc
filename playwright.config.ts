import { chromium, defineConfig } from '@playwright/test';
import { resolveBrowser } from './harness/runner/browser-path.ts';
import type { FaultlineOptions } from './harness/runner/fixtures.ts';
import { handlerProjects } from './harness/runner/handler-projects.ts';
import { runSeed } from './harness/runner/random.ts';
import { decisionTimeoutMs } from './harness/runner/ask-handler.ts';

// One seed for the whole run: drawn here once when not given, inherited by every worker.
process.env.FAULTLINE_SEED = String(runSeed());
if (!process.env.TEST_WORKER_INDEX) console.log(`Faultline seed: ${process.env.FAULTLINE_SEED} (rerun with FAULTLINE_SEED=${process.env.FAULTLINE_SEED})`);

const browser = resolveBrowser(process.env, chromium.executablePath());

export default defineConfig<FaultlineOptions>({
  testDir: '.',
  testMatch: ['**/*.scenario.ts', 'harness/chaos/chaos.spec.ts'],
  // tests/ holds deliberately broken scenario files for the self-tests.
  testIgnore: ['**/node_modules/**', 'tests/**'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: '100%',
  reporter: process.env.CI ? [['list'], ['junit', { outputFile: 'test-results/junit.xml' }]] : [['list']],
  use: {
    launchOptions: { executablePath: browser.executablePath },
    // A remote Playwright browser server (`npx playwright run-server`) instead of a local launch.
    ...(process.env.FAULTLINE_WS_ENDPOINT && {
      connectOptions: {
        wsEndpoint: process.env.FAULTLINE_WS_ENDPOINT,
        headers: { 'x-playwright-launch-options': JSON.stringify({ executablePath: browser.executablePath }) },
      },
    }),
    ...(process.env.FAULTLINE_DECISION_TIMEOUT_MS && { decisionTimeoutMs: decisionTimeoutMs(process.env.FAULTLINE_DECISION_TIMEOUT_MS) }),
  },
  projects: await handlerProjects(process.env.FAULTLINE_HANDLER),
});
