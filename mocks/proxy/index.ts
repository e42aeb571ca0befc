/**
 * A real HTTP/HTTPS (CONNECT) proxy on loopback whose faults are armed per scenario.
 *
 * Why proxy-chain: it is a maintained, widely used proxy server that already gets the HTTP
 * semantics right (forwarding, CONNECT tunnels for https://, Basic proxy auth with a proper 407 and
 * `Proxy-Authenticate`, custom answers). Faultline adds only what a proxy library does not do:
 * faults. Request-level toxics (407, error statuses) are answered through proxy-chain's
 * `prepareRequestFunction`; connection-level toxics (refuse, reset mid-response, latency,
 * throttle) sit in a thin TCP layer in front of it, where sockets can be reset and slowed.
 *
 * What Chromium 156 reports through it, measured here (http:// target on loopback):
 *   refuse (reset on accept)        → net::ERR_CONNECTION_RESET, or ERR_PROXY_CONNECTION_FAILED or
 *                                     ERR_SOCKET_NOT_CONNECTED, depending on when the reset lands
 *   reset (after 32 bytes)          → net::ERR_CONNECTION_RESET
 *   auth_required (407)             → the page loads with status 407 (Chromium retries once with
 *                                     the context's credentials, then shows the 407)
 *   error_status 502 / 403 / 503    → the page loads with that status
 *   latency 300 ms                  → loads ~300 ms later; a navigation timeout below it fires
 *   throttle 1 kB/s                 → loads slowly (a 1 kB page in ~370 ms)
 *   nothing listening at all        → net::ERR_PROXY_CONNECTION_FAILED (fault browser.proxy_refused)
 */
export { startFaultyProxy, type FaultyProxy, type ProxyStats } from './faulty-proxy.ts';
export { TOXICS } from './toxics/index.ts';
