import { z } from 'zod';
import type { Toxic } from './toxic.ts';

/**
 * The proxy accepts the TCP connection and resets it as the client's first bytes (its request or
 * CONNECT) arrive, before any answer: the closest a listening proxy comes to refusing. Resetting
 * at accept instead races the browser's own connect and is reported three different ways; this
 * is reported the same way every time.
 */
export const refuse: Toxic<Record<string, never>> = {
  name: 'refuse',
  summary: "reset every connection at the client's first bytes, before any answer",
  params: z.strictObject({}),
  apply: (client) => void client.once('data', () => client.resetAndDestroy()),
};
