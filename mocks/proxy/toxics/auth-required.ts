import { z } from 'zod';
import type { RequestToxic } from './toxic.ts';

/** The proxy answers 407 with `Proxy-Authenticate`: the credentials it got are not good enough. */
export const authRequired: RequestToxic<Record<string, never>> = {
  name: 'auth_required',
  summary: 'answer 407 Proxy Authentication Required (with Proxy-Authenticate)',
  level: 'request',
  params: z.strictObject({}),
  answer: () => ({ requestAuthentication: true }),
};
