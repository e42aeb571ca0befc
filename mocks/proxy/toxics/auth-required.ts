import { z } from 'zod';
import { answerInstead } from './answer.ts';
import type { Toxic } from './toxic.ts';

/**
 * The proxy answers 407 Proxy Authentication Required, whatever credentials came: with a
 * `Proxy-Authenticate: Basic` challenge (`challenge: true`, the default) or without one.
 */
export const authRequired: Toxic<{ challenge: boolean }> = {
  name: 'auth_required',
  summary: 'answer 407 Proxy Authentication Required (with a Proxy-Authenticate challenge unless `challenge: false`)',
  params: z.strictObject({ challenge: z.boolean().default(true) }),
  apply(client, { challenge }) {
    const headers: Record<string, string> = challenge ? { 'proxy-authenticate': 'Basic realm="faultline"' } : {};
    answerInstead(client, 407, headers, '407 Proxy Authentication Required (faulty proxy)');
  },
};
