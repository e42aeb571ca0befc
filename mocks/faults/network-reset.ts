import { createServer } from 'node:net';
import { z } from 'zod';
import { listenOnLoopback } from '../net/listen.ts';
import { cleanSuccess, type SimulatedProvider } from '../platforms.ts';
import { capture, errorCode } from './capture.ts';
import { defineFault } from './fault.ts';
import { HTTP_PROVIDERS } from './providers.ts';

/** The connection is reset mid-request: a real loopback server destroys the socket it accepts. */
export const networkReset = defineFault({
  id: 'network.reset',
  summary: 'A real connection reset: a loopback server accepts the request and destroys the socket',
  providers: HTTP_PROVIDERS,
  browser: false,
  wire: true,
  params: z.strictObject({}),
  realize: async (_params, ctx) => {
    const server = createServer((socket) => socket.once('data', () => socket.resetAndDestroy()));
    const listening = await listenOnLoopback(server);
    try {
      return await capture(
        ctx.provider,
        () => fetch(`http://127.0.0.1:${listening.port}/v1/runs`),
        'connection reset',
        (thrown) => ['ECONNRESET', 'UND_ERR_SOCKET'].includes(errorCode(thrown) ?? ''),
      );
    } finally {
      await listening.close();
    }
  },
  // The platform started the run, then the connection dropped before its answer.
  serve: (_params, ctx) => ({ type: 'lost', body: cleanSuccess(ctx.provider as SimulatedProvider) }),
});
