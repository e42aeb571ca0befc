import { chromium, type FullConfig } from '@playwright/test';

/** The environment variable through which workers find the run's shared browser server. */
export const SHARED_BROWSER_ENV = 'FAULTLINE_SHARED_BROWSER';

/**
 * Playwright global setup: one browser server for the whole run, launched once in the main
 * process with the run's launch options, that every worker connects to (a connection costs ~30 ms,
 * a launch ~250 ms plus ~100 ms to close, and a worker is replaced after every failed test). Each
 * scenario still gets fresh contexts; faults that take a whole browser down launch their own.
 * Skipped when the run already uses a remote browser (`connectOptions`, `FAULTLINE_WS_ENDPOINT`).
 * Returns the teardown, which Playwright runs after the last test, failed or not.
 *
 * @example
 * // in the Playwright config
 * { globalSetup: [ownFile('harness/runner/shared-browser')] }
 */
export default async function launchSharedBrowser(config: FullConfig): Promise<() => Promise<void>> {
  const use = config.projects[0]?.use ?? {};
  if (use.connectOptions) return async () => {};
  // Ctrl-C is the runner's to handle (it stops the workers, reports, then runs this teardown);
  // Playwright's own SIGINT handler would close the browser and exit the runner before it reports.
  const server = await chromium.launchServer({ ...use.launchOptions, handleSIGINT: false });
  process.env[SHARED_BROWSER_ENV] = server.wsEndpoint();
  return async () => {
    delete process.env[SHARED_BROWSER_ENV];
    await server.close();
  };
}
