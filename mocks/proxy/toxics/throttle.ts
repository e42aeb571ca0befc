import { z } from 'zod';
import type { Toxic } from './toxic.ts';

const TICK_MS = 50;

/** The proxy forwards the answer at most `kbps` kilobytes per second. */
export const throttle: Toxic<{ kbps: number }> = {
  name: 'throttle',
  summary: 'forward answers at most `kbps` kB/s',
  params: z.strictObject({ kbps: z.number().positive().max(1_000_000) }),
  apply(client, { kbps }, forward) {
    const upstream = forward(client);
    upstream.unpipe(client);
    const perTick = Math.max(1, Math.round((kbps * 1024 * TICK_MS) / 1000));
    let queued = Buffer.alloc(0);
    let ended = false;
    const tick = setInterval(() => {
      if (client.destroyed) return clearInterval(tick);
      if (queued.length) {
        client.write(queued.subarray(0, perTick));
        queued = queued.subarray(perTick);
      } else if (ended) {
        clearInterval(tick);
        client.end();
      }
    }, TICK_MS);
    upstream.on('data', (chunk: Buffer) => (queued = Buffer.concat([queued, chunk])));
    upstream.on('end', () => (ended = true));
    client.once('close', () => clearInterval(tick));
    upstream.resume();
  },
};
