import { setupServer } from 'msw/node';

type SetupServerApi = ReturnType<typeof setupServer>;

/** Requests no simulator route answered during the current client run. */
const unhandled: string[] = [];
let server: SetupServerApi | undefined;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The process's one MSW server (two `setupServer` instances in one process break each other),
 * started on first use. Loopback traffic (Playwright's own, the fixture site, webhook receivers)
 * passes through; any other request no simulator answers fails, and is recorded with its method
 * and URL so the scenario can name it.
 *
 * @example
 * const server = mswServer();
 * server.use(...sim.handlers);
 */
export function mswServer(): SetupServerApi {
  if (server) return server;
  const created = setupServer();
  created.listen({
    onUnhandledRequest(request, print) {
      if (LOOPBACK.has(new URL(request.url).hostname)) return;
      unhandled.push(`${request.method} ${request.url}`);
      print.error();
    },
  });
  return (server = created);
}

/**
 * Takes (and clears) the requests no simulator route answered since the last call.
 *
 * @example
 * takeUnhandled(); // ['GET https://api.hcompany.test/v1/nope']
 */
export function takeUnhandled(): string[] {
  return unhandled.splice(0);
}

/**
 * Closes the process's MSW server, if one was started; the next {@link mswServer} starts anew.
 *
 * @example
 * closeMswServer();
 */
export function closeMswServer(): void {
  server?.close();
  server = undefined;
}
