import { describe, expect, it } from 'vitest';
import { redact, redactText, REDACTED } from '../harness/redact.ts';

describe('redact', () => {
  it.each<[string, string, string]>([
    ['credentials in a URL', 'proxy http://bob:hunter2@127.0.0.1:8080 refused', `proxy http://${REDACTED}@127.0.0.1:8080 refused`],
    ['a bearer token', 'Authorization: Bearer abc.def-ghi', `Authorization: Bearer ${REDACTED}`],
    ['an API-key-looking word', 'key sk-live_0123456789abcdef used', `key ${REDACTED} used`],
  ])('removes %s from text', (_name, text, expected) => {
    expect(redactText(text)).toBe(expected);
  });

  it('removes known literal secrets anywhere', () => {
    expect(redactText('the key is canary-42!', ['canary-42'])).toBe(`the key is ${REDACTED}!`);
  });

  it('removes values under secret keys, deeply, and keeps the rest', () => {
    const out = redact({ headers: { 'x-api-key': 'abc', Authorization: 'Basic Zm9v' }, body: { password: 'p', detail: 'ok' }, list: [{ token: 't' }] });
    expect(out).toEqual({ headers: { 'x-api-key': REDACTED, Authorization: REDACTED }, body: { password: REDACTED, detail: 'ok' }, list: [{ token: REDACTED }] });
  });

  it('survives cycles and functions', () => {
    const value: Record<string, unknown> = { f: () => 1 };
    value.self = value;
    expect(redact(value)).toEqual({ f: '[function]', self: '[circular]' });
  });
});
