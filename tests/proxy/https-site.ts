import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listenOnLoopback } from '../../mocks/net/listen.ts';
import { PAGES } from '../../mocks/site/pages.ts';

/** An https:// copy of the fixture site's pages on loopback, with a self-signed certificate. */
export interface HttpsSite {
  /** Absolute https:// URL of a page, e.g. `secure.url('/data')`. */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Starts an HTTPS server on a free loopback port serving the fixture pages, with a throwaway
 * self-signed certificate made by `openssl` in a temp dir (browsers need `ignoreHTTPSErrors`).
 *
 * @example
 * const secure = await startHttpsSite();
 * await page.goto(secure.url('/data'));
 */
export async function startHttpsSite(): Promise<HttpsSite> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-cert-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      const page = PAGES[url.pathname];
      if (page) page(req, res, url.searchParams);
      else res.writeHead(404).end(`no fixture page at ${url.pathname}`);
    });
    const listening = await listenOnLoopback(server);
    return { url: (path) => new URL(path, `https://127.0.0.1:${listening.port}`).href, close: listening.close };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
