import type { IncomingMessage, ServerResponse } from 'node:http';

/** The answer the data page holds, in the shape of the default task's answer schema. */
export const DATA_PAGE_ANSWER = { product: 'Framework 13', price: 1049 } as const;

type Page = (req: IncomingMessage, res: ServerResponse, query: URLSearchParams) => void;

const html = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) =>
  res
    .writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers })
    .end(`<!doctype html><html><body>${body}</body></html>`);
const product = (price: string) =>
  `<h1 id="product">${DATA_PAGE_ANSWER.product}</h1><p>Price: <span id="price">${price}</span> EUR</p>`;
const bounded = (value: string | null, fallback: number, max: number) =>
  Math.min(max, Math.max(0, Number(value ?? fallback) || 0));

/**
 * The fixture site's pages: small pages a browser agent meets in the wild, each by path.
 *
 * @example
 * Object.keys(PAGES); // ['/data', '/hang', '/slow', '/captcha', …]
 */
export const PAGES: Record<string, Page> = {
  /** A product page with the answer to extract. */
  '/data': (_req, res) => html(res, 200, product(String(DATA_PAGE_ANSWER.price))),
  /** Never answers: a navigation to it really times out. */
  '/hang': () => {},
  /** Answers after `?ms=` (≤ 30 s). */
  '/slow': (_req, res, query) => {
    const timer = setTimeout(
      () => html(res, 200, product(String(DATA_PAGE_ANSWER.price))),
      bounded(query.get('ms'), 500, 30_000),
    );
    res.on('close', () => clearTimeout(timer));
  },
  /** A captcha wall, recognisable by its markup (see detect.ts). */
  '/captcha': (_req, res) =>
    html(
      res,
      200,
      `<form id="challenge-form" action="/verify" method="post"><h2>Please verify you are a human</h2>
<div class="g-recaptcha" data-sitekey="6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"><label><input type="checkbox" id="recaptcha-anchor"> I'm not a robot</label></div>
<button type="submit">Continue</button></form>`,
    ),
  /** A login wall. */
  '/login': (_req, res) =>
    html(
      res,
      200,
      `<h2>Sign in to continue</h2><form id="login" action="/session" method="post">
<input type="email" name="username" autocomplete="username"><input type="password" name="password" autocomplete="current-password">
<button type="submit">Sign in</button></form>`,
    ),
  /** Down for maintenance: 503 with Retry-After. */
  '/maintenance': (_req, res) =>
    html(res, 503, '<h1>We are down for scheduled maintenance</h1><p>Back in two minutes.</p>', {
      'retry-after': '120',
    }),
  /** The site rate-limits the agent: 429 with Retry-After. */
  '/rate-limit': (_req, res) => html(res, 429, '<h1>Too many requests</h1>', { 'retry-after': '30' }),
  /** The data page without the expected `#price` selector. */
  '/no-selector': (_req, res) =>
    html(res, 200, `<h1 id="product">${DATA_PAGE_ANSWER.product}</h1><p>Price on request</p>`),
  /** A data page whose price is words: the extracted answer fails the task's schema. */
  '/off-schema': (_req, res) => html(res, 200, product('about a thousand')),
  /** Redirects to itself forever. */
  '/redirect-loop': (_req, res, query) => {
    res.writeHead(302, { location: `/redirect-loop?n=${Number(query.get('n') ?? 0) + 1}` }).end();
  },
  /** A data page that loads its price with its own `fetch('/api/price')`: in-page faults target that call. */
  '/data-fetch': (_req, res) =>
    html(
      res,
      200,
      `<h1 id="product">${DATA_PAGE_ANSWER.product}</h1><p id="slot">Loading price…</p>
<script>fetch('/api/price').then((r) => r.json()).then((d) => {
  document.getElementById('slot').innerHTML = 'Price: <span id="price"></span> EUR';
  document.getElementById('price').textContent = String(d.price);
}).catch((e) => { document.getElementById('slot').textContent = 'Price unavailable: ' + e; });</script>`,
    ),
  /** The JSON the data-fetch page asks for. */
  '/api/price': (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ price: DATA_PAGE_ANSWER.price })),
  /** A very large page (`?kb=`, default 5 000, ≤ 50 000) that still holds the answer. */
  '/large': (_req, res, query) => {
    const filler = `<p>${'lorem ipsum '.repeat(85)}</p>`;
    html(res, 200, product(String(DATA_PAGE_ANSWER.price)) + filler.repeat(bounded(query.get('kb'), 5_000, 50_000)));
  },
};

/** Every page the fixture site serves. */
export const KNOWN_PAGES = Object.keys(PAGES);
/** A page the fixture site serves. */
export type KnownPage = keyof typeof PAGES;
