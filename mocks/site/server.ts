import { createServer } from 'node:http';
import { listenOnLoopback } from '../net/listen.ts';
import { KNOWN_PAGES, PAGES } from './pages.ts';

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

/**
 * Starts the fixture site on a free loopback port. An unknown path answers 404 naming the path
 * and the pages the site has.
 *
 * @example
 * const site = await startFixtureSite();
 * await page.goto(site.url('/captcha'));
 * await site.close();
 */
export async function startFixtureSite(): Promise<FixtureSite> {
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    const page = PAGES[url.pathname];
    if (page) page(req, res, url.searchParams);
    else
      res
        .writeHead(404, { 'content-type': 'text/plain' })
        .end(`no fixture page at ${url.pathname}; the site has: ${KNOWN_PAGES.join(', ')}`);
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
