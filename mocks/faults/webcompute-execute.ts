import { z } from 'zod';
import { executeFailure } from '../webcompute/payloads.ts';
import { jsonAnswer } from './fault.ts';
import { payloadFault } from './payload-fault.ts';

/**
 * A `browser.playwright.execute(...)` result that failed in the browser while the HTTP request
 * succeeded (seed 002, "Browser-code failures"): `success: false` with a browser-server code.
 */
export const webcomputeExecute = payloadFault({
  id: 'webcompute.execute',
  summary: 'A `playwright.execute` result with `success: false` and a browser-server code',
  providers: ['webcompute'],
  params: z.strictObject({ code: z.string(), message: z.string().default('Browser code failed') }),
  realize: async ({ code, message }) => jsonAnswer('webcompute', 200, executeFailure(code, message)),
});
