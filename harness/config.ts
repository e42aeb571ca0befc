import { resolve } from 'node:path';
import { chromium, defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import { faultlineEnv } from './env.ts';
import { resolveBrowser } from './shared/browser-path.ts';
import type { FaultlineOptions } from './runner/fixtures.ts';
import { handlerProjects, type HandlerEntry } from './runner/handler-projects.ts';
import { registerScenarioTest } from './runner/register.ts';
import { installScenarioRunner } from './scenario/registry.ts';
import { runSeed } from './runner/random.ts';
import { OWN_EXT, OWN_ROOT, ownFile } from './own-files.ts';
import { assertWritable, outputFolder } from './runner/output-folder.ts';
import { reportSettings } from './report/reporter.ts';

/** The conformance reporter (conformance.json, .md, .html), as Playwright loads reporters: by path. */
export const CONFORMANCE_REPORTER = resolve(ownFile('harness/report/reporter'));

/** The global setup that launches the run's one shared browser server (harness/runner/shared-browser.ts). */
const SHARED_BROWSER_SETUP = resolve(ownFile('harness/runner/shared-browser'));

/** What a `playwright.config.ts` tells Faultline. */
export interface FaultlineConfigOptions {
  /**
   * Handlers to judge: paths of handler modules (policy or client handlers), relative to the
   * working directory, and clients in any language run as commands
   * (`{ name: 'py-client', command: ['python3', 'client.py'], providers: ['hcompany'] }`).
   * `FAULTLINE_HANDLER` overrides them; with neither, the reference handler and reference client.
   */
  handlers?: HandlerEntry[];
  /** Folders of your own `*.scenario.ts` files, run next to the bundled catalogue. */
  scenarios?: string[];
  /** Run the bundled catalogue (and `FAULTLINE_CHAOS`) too; default true. */
  bundled?: boolean;
  /** Fail non-strict verdicts (only `should` rules broken) too; default false. `FAULTLINE_STRICT` overrides it. */
  strict?: boolean;
  /** Anything else for Playwright (reporter, timeout, retries, …); `projects` are Faultline's. */
  playwright?: Omit<PlaywrightTestConfig<FaultlineOptions>, 'projects'>;
}

/**
 * The whole Playwright config of a Faultline run: one seed drawn and printed for the run, the
 * browser resolved (`FAULTLINE_CHROMIUM`, Playwright's, the system headless shell, a system
 * Chromium), every handler loaded and validated before any test starts, and per handler one
 * project over the bundled catalogue and one over each of your scenario folders (all named after
 * the handler, so `--project <name>` picks them together).
 *
 * @example
 * // playwright.config.ts in your repository
 * import { defineFaultlineConfig } from 'faultline/config';
 * export default defineFaultlineConfig({ handlers: ['./src/recovery.ts'], scenarios: ['./faultline'] });
 */
export function defineFaultlineConfig(
  options: FaultlineConfigOptions = {},
): Promise<PlaywrightTestConfig<FaultlineOptions>> {
  const config = faultlineConfig(options);
  // Playwright awaits the config only after Node has looked for unhandled rejections: unmarked, a
  // bad input (an InputError) would crash Node with a stack trace before Playwright prints it.
  config.catch(() => {});
  return config;
}

async function faultlineConfig(options: FaultlineConfigOptions): Promise<PlaywrightTestConfig<FaultlineOptions>> {
  // Scenario files loaded by this run register one Playwright test each (in the main process, to
  // list them, and in every worker, to run them).
  installScenarioRunner(registerScenarioTest);
  const env = faultlineEnv();
  // One seed for the whole run: drawn here once when not given, inherited by every worker.
  process.env.FAULTLINE_SEED = String(runSeed());
  if (!process.env.TEST_WORKER_INDEX)
    console.log(
      `Faultline seed: ${process.env.FAULTLINE_SEED} (rerun with FAULTLINE_SEED=${process.env.FAULTLINE_SEED})`,
    );
  if (!process.env.TEST_WORKER_INDEX) {
    assertWritable(
      outputFolder(process.argv, options.playwright?.outputDir),
      'the output folder (--output / outputDir)',
    );
    reportSettings();
  }
  const browser = resolveBrowser(process.env, chromium.executablePath());
  const handlers = await handlerProjects(env.FAULTLINE_HANDLER ?? options.handlers ?? []);
  const locations = [
    ...(options.bundled === false
      ? []
      : [
          {
            testDir: OWN_ROOT,
            testMatch: [`scenarios/**/*.scenario.${OWN_EXT}`, `harness/chaos/chaos.spec.${OWN_EXT}`],
          },
        ]),
    ...(options.scenarios ?? []).map((dir) => ({ testDir: resolve(dir), testMatch: '**/*.scenario.ts' })),
  ];
  const { use, globalSetup, ...playwright } = options.playwright ?? {};
  return defineConfig<FaultlineOptions>({
    fullyParallel: true,
    forbidOnly: !!process.env.CI,
    workers: '100%',
    reporter: [
      ['list'],
      ...(process.env.CI ? [['junit', { outputFile: 'test-results/junit.xml' }] as const] : []),
      [CONFORMANCE_REPORTER],
    ],
    ...playwright,
    // The run's one browser, when a handler judges browser scenarios (clients and commands skip them).
    globalSetup: [...(handlers.some((h) => h.browser) ? [SHARED_BROWSER_SETUP] : []), ...[globalSetup ?? []].flat()],
    use: {
      launchOptions: { executablePath: browser.executablePath },
      // A remote Playwright browser server (`npx playwright run-server`) instead of a local launch.
      ...(env.FAULTLINE_WS_ENDPOINT && {
        connectOptions: {
          wsEndpoint: env.FAULTLINE_WS_ENDPOINT,
          headers: { 'x-playwright-launch-options': JSON.stringify({ executablePath: browser.executablePath }) },
        },
      }),
      ...(env.FAULTLINE_DECISION_TIMEOUT_MS && { decisionTimeoutMs: env.FAULTLINE_DECISION_TIMEOUT_MS }),
      strict: env.FAULTLINE_STRICT ?? options.strict ?? false,
      ...use,
    },
    projects: handlers.flatMap((handler) =>
      locations.map((location) => ({ ...location, name: handler.name, use: handler.use })),
    ),
  });
}
