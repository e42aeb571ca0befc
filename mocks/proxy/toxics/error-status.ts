import { z } from 'zod';
import type { RequestToxic } from './toxic.ts';

const STATUS_TEXT: Record<number, string> = { 403: 'Forbidden', 502: 'Bad Gateway', 503: 'Service Unavailable' };

/** The proxy answers an error status itself instead of forwarding (502 by default, 403, 503). */
export const errorStatus: RequestToxic<{ status: number }> = {
  name: 'error_status',
  summary: 'answer the request with the proxy\'s own error status (502, 403, 503)',
  level: 'request',
  params: z.strictObject({ status: z.union([z.literal(403), z.literal(502), z.literal(503)]).default(502) }),
  answer: ({ status }) => ({ statusCode: status, body: `${status} ${STATUS_TEXT[status]} (faulty proxy)` }),
};
