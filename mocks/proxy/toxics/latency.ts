import { z } from 'zod';
import type { ConnectionToxic } from './toxic.ts';

/** The proxy waits before it starts to forward the connection. */
export const latency: ConnectionToxic<{ ms: number }> = {
  name: 'latency',
  summary: 'hold each new connection for `ms` before proxying it',
  level: 'connection',
  params: z.strictObject({ ms: z.number().int().nonnegative().max(60_000) }),
  apply(client, { ms }, pipe) {
    client.pause();
    const timer = setTimeout(() => {
      if (!client.destroyed) pipe(client);
      client.resume();
    }, ms);
    client.once('close', () => clearTimeout(timer));
  },
};
