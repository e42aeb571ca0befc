import { z } from 'zod';

/** Webcompute browser lifecycle statuses. */
export const BrowserStatusSchema = z.enum(['creating', 'configuring', 'ready', 'closed']);

/** Schema of a browser resource. */
export const BrowserSchema = z.strictObject({ id: z.string().startsWith('br_'), status: BrowserStatusSchema, proxy: z.string().nullable() });

/** Schema of a `playwright.execute` result (seed 002: success, error, logs). */
export const ExecuteResultSchema = z.looseObject({
  success: z.boolean(),
  result: z.unknown().optional(),
  error: z.looseObject({ code: z.string(), name: z.string(), message: z.string() }).optional(),
  logs: z.array(z.unknown()),
});

/** Schema of a gateway error envelope (seed 002: code, type, message, retryable, next, requestId). */
export const GatewayErrorSchema = z.looseObject({
  code: z.string(),
  type: z.string(),
  message: z.string(),
  retryable: z.boolean(),
  next: z.string(),
  requestId: z.string(),
  param: z.string().optional(),
});
