import { z } from 'zod';
import type { ConnectionToxic } from './toxic.ts';

/** The proxy accepts the TCP connection and resets it at once, before a byte is exchanged. */
export const refuse: ConnectionToxic<Record<string, never>> = {
  name: 'refuse',
  summary: 'reset every connection as soon as it is accepted',
  level: 'connection',
  params: z.strictObject({}),
  apply: (client) => client.resetAndDestroy(),
};
