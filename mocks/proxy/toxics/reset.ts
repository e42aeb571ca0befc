import { z } from 'zod';
import type { Toxic } from './toxic.ts';

/** The proxy forwards the request, then resets the connection once the answer starts to flow back. */
export const reset: Toxic<{ afterBytes: number }> = {
  name: 'reset',
  summary: 'reset the connection mid-response, after the first bytes of the answer',
  params: z.strictObject({ afterBytes: z.number().int().nonnegative().default(32) }),
  apply(client, { afterBytes }, forward) {
    const upstream = forward(client);
    upstream.unpipe(client);
    let sent = 0;
    upstream.on('data', (chunk: Buffer) => {
      const room = afterBytes - sent;
      if (room > 0) client.write(chunk.subarray(0, room));
      sent += Math.min(room, chunk.length);
      if (sent >= afterBytes) {
        client.resetAndDestroy();
        upstream.destroy();
      }
    });
    upstream.resume();
  },
};
