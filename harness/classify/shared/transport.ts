import type { FailureKind } from '../../contract/index.ts';
import { safeString } from './body.ts';

/** Node / undici / SDK network error codes and the transport kind each means. */
const BY_ERRNO: Record<string, FailureKind> = {
  ECONNREFUSED: 'transport.connection_refused',
  ECONNRESET: 'transport.connection_reset',
  EPIPE: 'transport.connection_reset',
  ECONNABORTED: 'transport.connection_reset',
  UND_ERR_SOCKET: 'transport.connection_reset',
  UND_ERR_CLOSED: 'transport.connection_reset',
  ENOTFOUND: 'transport.dns',
  EAI_AGAIN: 'transport.dns',
  EAI_FAIL: 'transport.dns',
  ETIMEDOUT: 'transport.timeout',
  ESOCKETTIMEDOUT: 'transport.timeout',
  UND_ERR_CONNECT_TIMEOUT: 'transport.timeout',
  UND_ERR_HEADERS_TIMEOUT: 'transport.timeout',
  UND_ERR_BODY_TIMEOUT: 'transport.timeout',
};

/** Message fragments for errors that carry no code (`socket hang up`, fetch's `TypeError`). */
const BY_MESSAGE: Array<[RegExp, FailureKind]> = [
  [/socket hang up|other side closed|connection reset/i, 'transport.connection_reset'],
  [/connection refused/i, 'transport.connection_refused'],
  [/getaddrinfo|name not resolved|dns/i, 'transport.dns'],
  [/timed? ?out/i, 'transport.timeout'],
  // A browser's (or MSW's) fetch says only this for any failure on the wire.
  [/failed to fetch|fetch failed|network ?error/i, 'transport.connection_reset'],
];

/** A thrown network error, reduced to what classification needs. */
export interface TransportError {
  kind: FailureKind;
  code: string;
  message: string;
}

/**
 * Recognises a thrown Node or fetch network error (also wrapped in `cause`, as undici does) and
 * gives its transport kind, or null when `thrown` is not a network error.
 *
 * @example
 * transportError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }));
 * // { kind: 'transport.connection_refused', code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1' }
 */
export function transportError(thrown: unknown): TransportError | null {
  const chain = causeChain(thrown);
  for (const { code, message } of chain) {
    if (typeof code === 'string' && BY_ERRNO[code])
      return { kind: BY_ERRNO[code], code, message: safeString(message ?? '') };
  }
  for (const { code, message, name } of chain) {
    if (!NETWORK_ERROR_NAMES.has(safeString(name))) continue;
    const text = typeof message === 'string' ? message : '';
    const byMessage = BY_MESSAGE.find(([pattern]) => pattern.test(text));
    if (byMessage)
      return { kind: byMessage[1], code: typeof code === 'string' ? code : safeString(name), message: text };
    if (name === 'ConnectionError')
      return { kind: 'transport.connection_refused', code: 'ConnectionError', message: text };
  }
  return null;
}

/** Error classes that are network failures whatever their code: fetch's TypeError, abort/timeout errors, SDK connection errors. */
const NETWORK_ERROR_NAMES = new Set(['ConnectionError', 'AbortError', 'TimeoutError', 'TypeError']);

type ErrorLike = { code?: unknown; message?: unknown; name?: unknown; cause?: unknown };

/** The error and its `cause`s, outermost first (at most four deep). */
function causeChain(thrown: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  for (let error = thrown; error && typeof error === 'object' && chain.length < 4; error = (error as ErrorLike).cause) {
    chain.push(error as ErrorLike);
  }
  return chain;
}
