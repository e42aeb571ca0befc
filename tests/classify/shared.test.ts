import { describe, expect, it } from 'vitest';
import { parseBody } from '../../harness/classify/shared/body.ts';
import { retryAfterMs } from '../../harness/classify/shared/headers.ts';
import { transportError } from '../../harness/classify/shared/transport.ts';
import type { FailureKind } from '../../harness/contract/index.ts';

const NOW = Date.parse('Wed, 21 Oct 2026 07:27:00 GMT');

describe('retryAfterMs', () => {
  it.each<[string | undefined, number | null]>([
    ['2', 2000],
    ['0', 0],
    ['120', 120_000],
    ['Wed, 21 Oct 2026 07:28:00 GMT', 60_000],
    ['Wed, 21 Oct 2026 07:00:00 GMT', 0],
    ['-5', null],
    ['1.5', null],
    ['soon', null],
    ['', null],
    [undefined, null],
  ])('Retry-After %j → %j', (value, ms) => {
    expect(retryAfterMs(value === undefined ? {} : { 'Retry-After': value }, NOW)).toBe(ms);
  });
});

describe('parseBody', () => {
  it.each<[unknown, boolean]>([
    ['{"a":1}', true],
    [' [1] ', true],
    [{ already: 'parsed' }, true],
    ['', false],
    ['<!doctype html>', false],
    ['{"a":', false],
    [undefined, false],
  ])('%j → ok %s', (body, ok) => {
    expect(parseBody(body).ok).toBe(ok);
  });
});

describe('transportError', () => {
  const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
  it.each<[string, unknown, FailureKind | null]>([
    ['ECONNREFUSED', withCode('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED'), 'transport.connection_refused'],
    ['ECONNRESET', withCode('read ECONNRESET', 'ECONNRESET'), 'transport.connection_reset'],
    ['socket hang up', Object.assign(new TypeError('socket hang up')), 'transport.connection_reset'],
    ['ENOTFOUND', withCode('getaddrinfo ENOTFOUND api.invalid', 'ENOTFOUND'), 'transport.dns'],
    ['ETIMEDOUT', withCode('connect ETIMEDOUT', 'ETIMEDOUT'), 'transport.timeout'],
    [
      "undici's fetch failed with a cause",
      new TypeError('fetch failed', { cause: withCode('connect ECONNREFUSED', 'ECONNREFUSED') }),
      'transport.connection_refused',
    ],
    [
      'undici socket error',
      new TypeError('fetch failed', { cause: withCode('other side closed', 'UND_ERR_SOCKET') }),
      'transport.connection_reset',
    ],
    ['an unrelated error', new Error('boom'), null],
    ['a string', 'ECONNREFUSED', null],
  ])('%s → %s', (_name, thrown, kind) => {
    expect(transportError(thrown)?.kind ?? null).toBe(kind);
  });
});
