import { z } from 'zod';
import { closedPort } from '../net/listen.ts';
import { capture, errorCode } from './capture.ts';
import { defineFault } from './fault.ts';
import { HTTP_PROVIDERS } from './providers.ts';

/** The provider's API refuses the connection: a real `fetch` to a loopback port nobody listens on. */
export const networkRefused = defineFault({
  id: 'network.refused',
  summary: 'A real `ECONNREFUSED`: the client connects to a loopback port where nothing listens',
  providers: HTTP_PROVIDERS,
  browser: false,
  wire: true,
  params: z.strictObject({}),
  realize: async (_params, ctx) => {
    const port = await closedPort();
    return capture(
      ctx.provider,
      () => fetch(`http://127.0.0.1:${port}/v1/runs`, { method: 'POST' }),
      'connection refused',
      (thrown) => errorCode(thrown) === 'ECONNREFUSED',
    );
  },
  // The request never reaches the platform: nothing was started.
  serve: () => ({ type: 'reply', reply: { network: 'refused' } }),
});
