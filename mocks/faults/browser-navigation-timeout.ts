import { z } from 'zod';
import { withFreshPage } from './browser-page.ts';
import { capture } from './capture.ts';
import { defineFault } from './fault.ts';

/** A page that never finishes loading: real Chromium's navigation really times out. */
export const browserNavigationTimeout = defineFault({
  id: 'browser.navigation_timeout',
  summary: 'Real navigation timeout: Chromium loads a fixture page that never answers',
  providers: ['playwright'],
  browser: true,
  params: z.strictObject({ timeoutMs: z.number().int().positive().max(10_000).default(300) }),
  realize: (params, ctx) =>
    withFreshPage(ctx, {}, (page, { site }) =>
      capture(
        'playwright',
        () => page.goto(site.url('/hang'), { timeout: params.timeoutMs }),
        'navigation timeout',
        (thrown) => (thrown as Error)?.name === 'TimeoutError' && site.hits('/hang') > 0,
      ),
    ),
});
