import { z } from 'zod';
import type { Realized } from './fault.ts';
import { payloadFault } from './payload-fault.ts';
import { HTTP_PROVIDERS } from './providers.ts';

const HEADERS = z.record(z.string(), z.string()).default({}).describe('Response headers, sent as given');

/**
 * Any raw HTTP answer, byte for byte: for malformed bodies (an HTML gateway page, truncated JSON,
 * an empty body, a wrong content type) that no well-formed fault can produce. With `json` instead
 * of `body`, the value is serialized and sent as `application/json` (like MSW's `HttpResponse.json`).
 */
export const httpResponse = payloadFault({
  id: 'http.response',
  summary: 'A raw HTTP answer byte for byte (HTML error pages, truncated JSON, empty bodies), or a JSON value (`json`)',
  providers: HTTP_PROVIDERS,
  params: z.union([
    z.strictObject({
      status: z.number().int().min(100).max(599).describe('HTTP status'),
      headers: HEADERS,
      body: z.string().describe('Body text, sent byte for byte'),
    }),
    z.strictObject({
      status: z.number().int().min(100).max(599).describe('HTTP status'),
      headers: HEADERS,
      json: z
        .unknown()
        .describe('A JSON value, serialized; content-type application/json unless headers say otherwise'),
    }),
  ]),
  realize: async (answer, ctx): Promise<Realized> => {
    const { status, headers, body } = 'body' in answer ? answer : jsonBody(answer);
    return {
      native: { provider: ctx.provider, response: { status, headers, body } },
      fired: true,
      evidence: `answered HTTP ${status} with ${body.length} bytes`,
    };
  },
});

function jsonBody({ status, headers, json }: { status: number; headers: Record<string, string>; json?: unknown }) {
  const typed = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  return {
    status,
    headers: typed ? headers : { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(json) ?? 'null',
  };
}
