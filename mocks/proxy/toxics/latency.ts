import { z } from 'zod';
import type { Toxic } from './toxic.ts';

/** The proxy waits before it starts to forward the connection. */
export const latency: Toxic<{ ms: number }> = {
  name: 'latency',
  summary: 'hold each new connection for `ms` before proxying it',
  params: z.strictObject({ ms: z.number().int().nonnegative().max(60_000) }),
  apply(client, { ms }, forward) {
    client.pause();
    const timer = setTimeout(() => {
      if (!client.destroyed) forward(client);
      client.resume();
    }, ms);
    client.once('close', () => clearTimeout(timer));
  },
};
