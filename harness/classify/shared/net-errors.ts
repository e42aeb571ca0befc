/**
 * Chromium `net::ERR_*` codes that mean the network path failed (worth a retry through another
 * proxy or browser), as opposed to a wrong name, certificate, URL or a block (retrying is pointless).
 */
const NETWORK_SHAPED = new Set([
  'ERR_CONNECTION_RESET',
  'ERR_CONNECTION_REFUSED',
  'ERR_CONNECTION_CLOSED',
  'ERR_CONNECTION_ABORTED',
  'ERR_CONNECTION_FAILED',
  'ERR_CONNECTION_TIMED_OUT',
  'ERR_TIMED_OUT',
  'ERR_EMPTY_RESPONSE',
  'ERR_TUNNEL_CONNECTION_FAILED',
  'ERR_NETWORK_CHANGED',
  'ERR_ADDRESS_UNREACHABLE',
  'ERR_INTERNET_DISCONNECTED',
  'ERR_NETWORK_IO_SUSPENDED',
  'ERR_SOCKET_NOT_CONNECTED',
  'ERR_FAILED',
]);

/**
 * True for a network-shaped `net::ERR_*` code (reset, refused, closed, timed out, empty response,
 * tunnel, network changed, unreachable, disconnected); false for name, certificate, invalid-URL
 * and blocked codes, and for anything that is not a `net::ERR_*` token.
 *
 * @example
 * isNetworkShapedNetError('net::ERR_CONNECTION_RESET'); // true
 * isNetworkShapedNetError('net::ERR_NAME_NOT_RESOLVED'); // false
 */
export function isNetworkShapedNetError(code: string): boolean {
  return NETWORK_SHAPED.has(code.replace(/^net::/, ''));
}

/**
 * True for a Chromium `net::ERR_*` token.
 *
 * @example
 * isNetErrorCode('net::ERR_ABORTED'); // true
 */
export function isNetErrorCode(code: string | null): code is string {
  return code !== null && /^net::ERR_[A-Z_]+$/.test(code);
}
