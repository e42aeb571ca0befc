import { z } from 'zod';
import { closedPort } from '../net/listen.ts';
import { withFreshPage } from './browser-page.ts';
import { capture } from './capture.ts';
import { defineFault } from './fault.ts';

/** The configured proxy is dead: Chromium really fails with `net::ERR_PROXY_CONNECTION_FAILED`. */
export const browserProxyRefused = defineFault({
  id: 'browser.proxy_refused',
  summary: 'Real proxy failure: the browser goes through a loopback proxy port where nothing listens',
  providers: ['playwright'],
  browser: true,
  params: z.strictObject({}),
  realize: async (_params, ctx) => {
    const server = `http://127.0.0.1:${await closedPort()}`;
    return withFreshPage(ctx, { proxy: { server } }, (page, { site }) =>
      capture(
        'playwright',
        () => page.goto(site.url('/data'), { timeout: 5_000 }),
        'proxy connection failure',
        (thrown) => /ERR_PROXY_CONNECTION_FAILED/.test((thrown as Error)?.message ?? ''),
      ),
    );
  },
});
