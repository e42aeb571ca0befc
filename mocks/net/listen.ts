import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createServer as createNetServer } from 'node:net';

/** A server listening on loopback, with the way to stop it for good. */
export interface Listening {
  port: number;
  /** Closes the server and destroys every open connection (hung requests included). */
  close(): Promise<void>;
}

/**
 * Starts `server` on 127.0.0.1 on a free port and tracks its sockets, so that `close()` never
 * waits for a hung connection. Rejects with a clear error when the port cannot be had.
 *
 * @example
 * const { port, close } = await listenOnLoopback(http.createServer(handler));
 */
export async function listenOnLoopback(
  server: Server | ReturnType<typeof createNetServer>,
  port = 0,
): Promise<Listening> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`cannot listen on 127.0.0.1:${port}: ${error.code ?? error.message}`)),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A loopback port on which nothing listens (bound, then released), for real "connection refused".
 *
 * @example
 * const port = await closedPort(); // fetch(`http://127.0.0.1:${port}`) → ECONNREFUSED
 */
export async function closedPort(): Promise<number> {
  const probe = await listenOnLoopback(createNetServer());
  await probe.close();
  return probe.port;
}
