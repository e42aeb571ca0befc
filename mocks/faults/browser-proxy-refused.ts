import { z } from 'zod';
import { closedPort } from '../net/listen.ts';
import { AGENT_TIMEOUT_MS, realizeWithAgent } from './agent-fault.ts';
import { defineFault } from './fault.ts';
import { ALL_PROVIDERS } from './providers.ts';

/** The configured proxy is dead: Chromium really fails with `net::ERR_PROXY_CONNECTION_FAILED`. */
export const browserProxyRefused = defineFault({
  id: 'browser.proxy_refused',
  summary: 'The proxy port has nothing listening: `net::ERR_PROXY_CONNECTION_FAILED`',
  providers: ALL_PROVIDERS,
  browser: true,
  params: z.strictObject({}),
  realize: async (_params, ctx) => {
    const server = `http://127.0.0.1:${await closedPort()}`;
    return realizeWithAgent(
      ctx,
      { path: '/data', timeoutMs: AGENT_TIMEOUT_MS, proxy: { server } },
      'proxy connection failure',
      (o) => o.type === 'error' && /ERR_PROXY_CONNECTION_FAILED/.test(o.error.message),
    );
  },
});
