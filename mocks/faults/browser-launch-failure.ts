import { z } from 'zod';
import { envelope } from '../agent/envelopes.ts';
import { describeOutcome } from './agent-fault.ts';
import { defineFault, fixtureRunId, type Realized } from './fault.ts';
import { ALL_PROVIDERS } from './providers.ts';

const MISSING_EXECUTABLE = '/nonexistent/faultline/chromium';

/** The browser cannot start: launching a Chromium whose executable is missing really fails. */
export const browserLaunchFailure = defineFault({
  id: 'browser.launch_failure',
  summary: 'Playwright launches a Chromium executable that does not exist',
  providers: ALL_PROVIDERS,
  browser: true,
  params: z.strictObject({}),
  realize: async (_params, ctx): Promise<Realized> => {
    // Loaded here, as in browser-killed.ts: defining the fault costs no Playwright start.
    const { chromium } = await import('@playwright/test');
    try {
      const browser = await chromium.launch({ executablePath: MISSING_EXECUTABLE });
      await browser.close();
      return {
        native: envelope(ctx.provider, { type: 'answer', answer: null }, fixtureRunId(ctx)),
        fired: false,
        evidence: `expected a launch failure, but ${MISSING_EXECUTABLE} launched`,
      };
    } catch (error) {
      const outcome = { type: 'error' as const, error: error as Error, viaProxy: false };
      return {
        native: envelope(ctx.provider, outcome, fixtureRunId(ctx)),
        fired: /Failed to launch/.test((error as Error).message),
        evidence: `launch failure: ${describeOutcome(outcome)}`,
      };
    }
  },
});
