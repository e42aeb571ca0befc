import { describe, expect, it } from 'vitest';
import type { FailureKind, Provider } from '../../harness/contract/index.ts';
import { failureOf, raw } from './helpers.ts';

const PROVIDERS: Provider[] = ['hcompany', 'skyvern', 'webcompute', 'problem', 'playwright'];
const NOW = Date.parse('Wed, 21 Oct 2026 07:27:00 GMT');
/** What a 429 means: a rate limit, except for H Company, whose 429s are concurrency limits (its reference says so). */
const ON_429 = (provider: Provider): FailureKind =>
  provider === 'hcompany' ? 'platform.concurrency_limit' : 'platform.rate_limited';

/** Bodies no provider should ever send, and what the reason must say. */
const BODIES: Array<[string, unknown, Record<string, string>, RegExp]> = [
  [
    'an HTML gateway page',
    '<html><body><h1>502 Bad Gateway</h1></body></html>',
    { 'content-type': 'text/html' },
    /HTML/,
  ],
  ['truncated JSON', '{"status": "comp', { 'content-type': 'application/json' }, /not valid JSON/],
  ['an empty body', '', { 'content-type': 'application/json' }, /empty/],
  ['whitespace only', '  \n ', {}, /empty/],
  [
    'plain text with a wrong content type',
    'upstream connect error',
    { 'content-type': 'text/plain' },
    /content type is text\/plain/,
  ],
  [
    'invalid UTF-8 bytes',
    new Uint8Array([0xff, 0xfe, 0x7b, 0x22]),
    { 'content-type': 'application/json' },
    /not valid JSON/,
  ],
];

/** JSON values of the wrong shape where an object belongs (not malformed for a generic API's success). */
const WRONG_SHAPES: Array<[string, string]> = [
  ['a JSON array', '[1, 2]'],
  ['a JSON string', '"completed"'],
  ['a JSON number', '42'],
  ['JSON null', 'null'],
];

describe.each(PROVIDERS)('%s: malformed bodies never throw', (provider) => {
  it.each(BODIES)('%s on a 200 → transport.malformed_response, saying why', (_name, body, headers, why) => {
    const failure = failureOf(raw(provider, 200, body, headers));
    expect(failure.kind).toBe('transport.malformed_response');
    expect(failure.message).toMatch(why);
  });

  it.each(BODIES)('%s with no status → transport.malformed_response', (_name, body, headers) => {
    expect(failureOf(raw(provider, null, body, headers)).kind).toBe('transport.malformed_response');
  });

  it.each<[number, FailureKind, string, number]>([
    [429, ON_429(provider), '3', 3000],
    [502, 'platform.upstream', 'Wed, 21 Oct 2026 07:28:00 GMT', 60_000],
    [503, 'platform.unavailable', 'Wed, 21 Oct 2026 07:26:00 GMT', 0],
  ])('an HTML page on HTTP %i → %s (the status decides), Retry-After honoured', (status, kind, retryAfter, ms) => {
    const failure = failureOf(
      raw(provider, status, '<html>busy</html>', { 'content-type': 'text/html', 'Retry-After': retryAfter }),
      { nowMs: NOW },
    );
    expect(failure).toMatchObject({ kind, status, retryAfterMs: ms });
  });

  it.each(BODIES)('%s on a 503 → platform.unavailable', (_name, body, headers) => {
    expect(failureOf(raw(provider, 503, body, headers)).kind).toBe('platform.unavailable');
  });
});

describe.each(['hcompany', 'skyvern', 'webcompute'] as const)('%s: JSON of the wrong shape', (provider) => {
  it.each(WRONG_SHAPES)('%s on a 200 → malformed, naming what was expected', (_name, body) => {
    const failure = failureOf(raw(provider, 200, body, { 'content-type': 'application/json' }));
    expect(failure.kind).toBe('transport.malformed_response');
    expect(failure.message).toMatch(/expected a/);
  });

  it.each(WRONG_SHAPES)("%s on a 429 → what the provider's 429 means", (_name, body) => {
    expect(failureOf(raw(provider, 429, body)).kind).toBe(ON_429(provider));
  });

  it('an object with a status of the wrong type is malformed', () => {
    expect(failureOf(raw(provider, 200, '{"status": 7, "success": "yes"}')).kind).toBe('transport.malformed_response');
  });
});
