import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../net/listen.ts';
import { dataPage } from './pages.ts';

/** The fixture site: real pages on loopback that a browser agent meets in the wild. */
export interface FixtureSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Absolute URL of a page, e.g. `site.url('/data')`. */
  url(path: string): string;
  /** How many requests each path received, to prove a fault fired. */
  hits(path: string): number;
  close(): Promise<void>;
}

type Route = (req: IncomingMessage, res: ServerResponse) => void;

const ROUTES: Record<string, Route> = {
  '/data': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(dataPage());
  },
  // Never answers: the browser's navigation really times out. close() destroys the socket.
  '/hang': () => {},
};

/**
 * Starts the fixture site on a free loopback port.
 *
 * @example
 * const site = await startFixtureSite();
 * await page.goto(site.url('/data'));
 * await site.close();
 */
export async function startFixtureSite(): Promise<FixtureSite> {
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const route = ROUTES[path];
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture page at ${path}`);
  });
  const listening = await listenOnLoopback(server);
  const origin = `http://127.0.0.1:${listening.port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    hits: (path) => counts.get(path) ?? 0,
    close: listening.close,
  };
}
