/**
 * A real faulty proxy on loopback: it forwards http:// requests and tunnels https:// (CONNECT),
 * to loopback targets only, and arms Toxiproxy-style faults per scenario (one file per toxic in
 * toxics/, each `apply(client, params, forward)` on one accepted connection).
 *
 * Why proxy-chain (^3, Node ≥ 20.11): it is a maintained, widely used proxy server that already
 * gets the healthy path right — absolute-URI forwarding, CONNECT tunnels, Basic proxy auth with a
 * proper 407 — and never logs with `verbose: false`, so the password has nowhere to leak. What a
 * proxy library cannot do is misbehave at the socket level, so the toxics live in a thin TCP layer
 * in front of it: every client connection is accepted there, counted, and either handed to
 * proxy-chain untouched (`passed`) or taken over by the armed toxic, which can reset it, answer it
 * with the proxy's own 407/502/403 (raw, so a 407 can come with or without Proxy-Authenticate,
 * which proxy-chain always adds), or forward it late or slowly. One layer, one uniform interface,
 * and the stats count at the one place every connection goes through.
 *
 * Loopback targets really go through the proxy: Playwright adds `<-loopback>` to the bypass list
 * of every proxied context (and of `launch({ proxy })`), overriding Chromium's implicit loopback
 * bypass. Raw Chromium needs `--proxy-server=… --proxy-bypass-list=<-loopback>`. The tests prove
 * it: the healthy rows count a connection that passed.
 *
 * What the page sees, measured with Playwright 1.65 and Chromium 156 headless shell
 * (/usr/lib/chromium/chromium-headless-shell), target on 127.0.0.1 (tests/proxy/faulty-proxy.test.ts):
 *
 *   toxic                          http:// target                    https:// target (CONNECT)
 *   healthy                        200                               200
 *   nothing listening (no proxy)   net::ERR_PROXY_CONNECTION_FAILED  net::ERR_PROXY_CONNECTION_FAILED
 *   refuse                         net::ERR_CONNECTION_RESET         net::ERR_CONNECTION_RESET
 *   reset (after 32 bytes)         net::ERR_CONNECTION_RESET         net::ERR_CONNECTION_RESET
 *   auth_required (challenge)      page loads with 407               navigation hangs → timeout
 *   auth_required challenge:false  page loads with 407               net::ERR_PROXY_AUTH_UNSUPPORTED
 *   bad_gateway                    page loads with 502               net::ERR_TUNNEL_CONNECTION_FAILED
 *   forbidden                      page loads with 403               net::ERR_TUNNEL_CONNECTION_FAILED
 *   latency 1500 ms, timeout 300   Timeout 300ms exceeded            Timeout 300ms exceeded
 *   throttle 4 kB/s                200 in ≥ 0.2 s (~0.3 s)           200 in ≥ 0.8 s (~1.3 s: the TLS handshake is throttled too)
 *   wrong password (no toxic)      page loads with 407               navigation hangs → timeout
 *   target off loopback           page loads with 403 (the proxy's)  net::ERR_TUNNEL_CONNECTION_FAILED
 *
 * Notes on the measurements:
 * - refuse: a listening proxy cannot refuse a TCP connect, so it resets at the client's first
 *   bytes. Resetting at accept raced Chromium's connect and was reported as ERR_CONNECTION_RESET,
 *   ERR_SOCKET_NOT_CONNECTED or ERR_PROXY_CONNECTION_FAILED from run to run; a real refusal is a
 *   port with nothing listening (ERR_PROXY_CONNECTION_FAILED, the `browser.proxy_refused` fault).
 * - reset: for https the default 32 bytes land inside the proxy's "200 Connection established";
 *   resets after 0, 100 or 1500 bytes (inside the TLS handshake) read the same ERR_CONNECTION_RESET.
 * - 407 with a challenge on a CONNECT: Chromium retries once with the context's credentials (a new
 *   connection), then the navigation never settles, with or without credentials, through a
 *   context proxy, `launch({ proxy })` or a bare `--proxy-server`; only the navigation timeout
 *   ends it. Full Chromium (/usr/lib/chromium/chromium) differs, measured once by hand: without
 *   credentials net::ERR_INVALID_AUTH_CREDENTIALS (http and https), with credentials http shows
 *   the 407 and https fails with net::ERR_HTTP_RESPONSE_CODE_FAILURE.
 * - auth_required ×1: Chromium answers the challenge with the context's credentials on a new
 *   connection, which passes: the page loads (200), http and https alike.
 */
export { startFaultyProxy, type ArmSpec, type FaultyProxy, type ProxyStats } from './faulty-proxy.ts';
export type { ToxicName } from './toxics/index.ts';
export { TOXICS } from './toxics/index.ts';
