import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { listenOnLoopback, type Listening } from '../net/listen.ts';
import type { Simulator } from './simulator.ts';

/** A simulator answering on a real loopback port. */
export interface ServedSimulator extends Listening {
  baseUrl: string;
  simulator: Simulator;
}

/**
 * Serves a simulator's MSW handlers on a real loopback port, for clients in another process or
 * language. A request no route answers gets 404 naming its method and URL (and `onUnhandled` hears
 * of it); a network fault destroys the socket, as a dropped connection would (MSW's own
 * `HttpResponse.error()` cannot cross a real socket).
 *
 * @example
 * const served = await serveSimulator((baseUrl) => hcompanySimulator({ baseUrl, apiKeys: ['k'], seed: 1 }));
 * console.log(served.baseUrl); // http://127.0.0.1:41234
 */
export async function serveSimulator(
  build: (baseUrl: string) => Simulator,
  port = 0,
  onUnhandled: (line: string) => void = () => undefined,
): Promise<ServedSimulator> {
  let simulator: Simulator | undefined;
  const server = createServer((req, res) => {
    answer(simulator!, req, res, onUnhandled).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `simulator failed: ${(error as Error)?.message ?? error}` }));
    });
  });
  const listening = await listenOnLoopback(server, port);
  const baseUrl = `http://127.0.0.1:${listening.port}`;
  simulator = build(baseUrl);
  return { ...listening, baseUrl, simulator };
}

async function answer(
  simulator: Simulator,
  req: IncomingMessage,
  res: ServerResponse,
  onUnhandled: (line: string) => void,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const url = `${simulator.baseUrl}${req.url ?? '/'}`;
  const hasBody = chunks.length > 0 && req.method !== 'GET' && req.method !== 'HEAD';
  const request = new Request(url, {
    method: req.method,
    headers: req.headers as Record<string, string>,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
  const response = await getResponse(simulator.handlers, request);
  if (!response) {
    const line = `${req.method} ${url}`;
    onUnhandled(line);
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: `the ${simulator.provider} simulator has no route for ${line}` }));
    return;
  }
  if (response.type === 'error') {
    req.socket.resetAndDestroy();
    return;
  }
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
