import { z } from 'zod';
import type { Realized } from './fault.ts';
import { defineFault } from './fault.ts';
import { HTTP_PROVIDERS } from './providers.ts';

/**
 * Any raw HTTP answer, byte for byte: for malformed bodies (an HTML gateway page, truncated JSON,
 * an empty body, a wrong content type) that no well-formed fault can produce.
 */
export const httpResponse = defineFault({
  id: 'http.response',
  summary: 'Raw HTTP answer: status, headers and body text exactly as given',
  providers: HTTP_PROVIDERS,
  browser: false,
  params: z.strictObject({
    status: z.number().int().min(100).max(599),
    headers: z.record(z.string(), z.string()).default({}),
    body: z.string(),
  }),
  realize: async ({ status, headers, body }, ctx): Promise<Realized> => ({
    native: { provider: ctx.provider, response: { status, headers, body } },
    fired: true,
    evidence: `answered HTTP ${status} with ${body.length} bytes`,
  }),
});
