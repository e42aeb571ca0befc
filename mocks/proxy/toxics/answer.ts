import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { z } from 'zod';
import type { Toxic, ToxicName } from './toxic.ts';

/**
 * Answers the client's first request (a plain request or a CONNECT) with the proxy's own status
 * instead of forwarding it, then closes the connection, as a real proxy's error page does.
 *
 * @example
 * answerInstead(client, 502, {}, 'upstream is down'); // HTTP/1.1 502 Bad Gateway … Connection: close
 */
export function answerInstead(client: Socket, status: number, headers: Record<string, string>, body: string): void {
  client.once('data', () => {
    const head = {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
      ...headers,
    };
    const lines = Object.entries(head).map(([name, value]) => `${name}: ${value}\r\n`);
    client.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('')}\r\n${body}`);
    client.setTimeout(1_000, () => client.destroy()); // a client that never closes its side
  });
}

/**
 * A toxic that answers every connection's request with one error status of the proxy itself.
 *
 * @example
 * export const badGateway = statusToxic('bad_gateway', 502);
 */
export function statusToxic(name: ToxicName, status: number): Toxic<Record<string, never>> {
  const text = `${status} ${STATUS_CODES[status]}`;
  return {
    name,
    summary: `answer ${text} instead of forwarding`,
    params: z.strictObject({}),
    apply: (client) => answerInstead(client, status, {}, `${text} (faulty proxy)`),
  };
}
