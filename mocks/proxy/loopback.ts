import { isIP } from 'node:net';

/**
 * Whether a target host is on this machine's loopback: `localhost`, `127.0.0.0/8` or `::1`.
 * The faulty proxy forwards to nothing else.
 *
 * @example
 * isLoopbackHost('127.0.0.1'); // true
 * isLoopbackHost('example.com'); // false
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return isIP(host) === 6 && /^(0{0,4}:){2,7}0{0,3}1$|^::1$/.test(host);
}
