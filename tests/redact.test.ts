import { describe, expect, it } from 'vitest';
import { redact, redactText, REDACTED, trimmedMessage } from '../harness/redact.ts';

describe('redact', () => {
  it.each<[string, string, string]>([
    [
      'credentials in a URL',
      'proxy http://bob:hunter2@127.0.0.1:8080 refused',
      `proxy http://${REDACTED}@127.0.0.1:8080 refused`,
    ],
    ['a bearer token', 'Authorization: Bearer abc.def-ghi', `Authorization: Bearer ${REDACTED}`],
    ['an API-key-looking word', 'key sk-live_0123456789abcdef used', `key ${REDACTED} used`],
  ])('removes %s from text', (_name, text, expected) => {
    expect(redactText(text)).toBe(expected);
  });

  it('removes known literal secrets anywhere', () => {
    expect(redactText('the key is canary-42!', ['canary-42'])).toBe(`the key is ${REDACTED}!`);
  });

  it('removes values under secret keys, deeply, and keeps the rest', () => {
    const out = redact({
      headers: { 'x-api-key': 'abc', Authorization: 'Basic Zm9v' },
      body: { password: 'p', detail: 'ok' },
      list: [{ token: 't' }],
    });
    expect(out).toEqual({
      headers: { 'x-api-key': REDACTED, Authorization: REDACTED },
      body: { password: REDACTED, detail: 'ok' },
      list: [{ token: REDACTED }],
    });
  });

  it('survives cycles and functions', () => {
    const value: Record<string, unknown> = { f: () => 1 };
    value.self = value;
    expect(redact(value)).toEqual({ f: '[function]', self: '[circular]' });
  });
});

describe('trimmedMessage (seed 002: never the whole error message in logs)', () => {
  it.each<[string, string, string]>([
    [
      'the first line only, no stack',
      'Locator timed out\n    at Object.eval (eval at run, <anonymous>:3:7)\n    at async run',
      'Locator timed out',
    ],
    [
      'a URL without its query',
      'failed at https://bank.test/acct?session=abc123&user=7',
      `failed at https://bank.test/acct?${REDACTED}`,
    ],
    [
      'a URL without its fragment',
      'opened https://bank.test/app#token=xyz',
      `opened https://bank.test/app?${REDACTED}`,
    ],
    ['a URL path kept', 'navigating to http://127.0.0.1:4100/product', 'navigating to http://127.0.0.1:4100/product'],
    [
      'a POSIX path replaced',
      "ENOENT: no such file, open '/home/alice/invoices/2026.pdf'",
      "ENOENT: no such file, open '[path]'",
    ],
    ['a Windows path replaced', 'cannot write C:\\Users\\bob\\out.png', 'cannot write [path]'],
    [
      'credentials in a URL',
      'proxy http://bob:hunter2@127.0.0.1:8080 refused',
      `proxy http://${REDACTED}@127.0.0.1:8080 refused`,
    ],
    ['surrounding blank lines', '\n  Selector not found  \n', 'Selector not found'],
    ['an empty message', '', ''],
  ])('keeps %s', (_name, message, expected) => {
    expect(trimmedMessage(message)).toBe(expected);
  });

  it('cuts a long line at 160 characters', () => {
    const message = `Text on the page: ${'account statement '.repeat(20)}`;
    const trimmed = trimmedMessage(message);
    expect(trimmed).toHaveLength(161);
    expect(trimmed.endsWith('…')).toBe(true);
  });

  it('removes known literal secrets', () => {
    expect(trimmedMessage('login as canary-42 failed', ['canary-42'])).toBe(`login as ${REDACTED} failed`);
  });
});
