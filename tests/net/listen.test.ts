import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { closedPort, listenOnLoopback } from '../../mocks/net/listen.ts';

describe('loopback listeners', () => {
  it('a port already in use gets a clear error naming the address and the cause', async () => {
    const first = await listenOnLoopback(createServer());
    try {
      await expect(listenOnLoopback(createServer(), first.port)).rejects.toThrow(
        `cannot listen on 127.0.0.1:${first.port}: EADDRINUSE`,
      );
    } finally {
      await first.close();
    }
  });

  it('closedPort gives a port where a connection is really refused', async () => {
    const port = await closedPort();
    const error = await fetch(`http://127.0.0.1:${port}/`).catch((e: Error) => e);
    expect((error as Error & { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
  });
});
