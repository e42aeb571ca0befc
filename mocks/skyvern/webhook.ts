import { createHmac } from 'node:crypto';

/**
 * The signature Skyvern puts in `x-skyvern-signature`: HMAC-SHA256 of the raw body alone, keyed
 * with the API key, hex-encoded (Skyvern's webhook documentation). `x-skyvern-timestamp` travels
 * beside it and is not signed.
 *
 * @example
 * const ok = signWebhook(apiKey, rawBody) === req.headers['x-skyvern-signature'];
 */
export function signWebhook(apiKey: string, body: string): string {
  return createHmac('sha256', apiKey).update(body).digest('hex');
}

/**
 * True for a URL Faultline may deliver a webhook to: http(s) on a loopback host (Faultline never
 * sends traffic off the machine).
 *
 * @example
 * isLoopbackUrl('http://127.0.0.1:8080/hook'); // true
 */
export function isLoopbackUrl(url: string): boolean {
  try {
    const { hostname, protocol } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
  } catch {
    return false;
  }
}

/**
 * Posts a webhook body as Skyvern does: JSON, signed with `apiKey`, the send time in
 * `x-skyvern-timestamp` (Unix seconds). True when the receiver answered 2xx.
 *
 * @example
 * await deliverWebhook('http://127.0.0.1:8080/hook', JSON.stringify(payload), apiKey);
 */
export async function deliverWebhook(url: string, body: string, apiKey: string): Promise<boolean> {
  const headers = {
    'content-type': 'application/json',
    'x-skyvern-timestamp': String(Math.floor(Date.now() / 1000)),
    'x-skyvern-signature': signWebhook(apiKey, body),
  };
  return fetch(url, { method: 'POST', headers, body }).then(
    (r) => r.ok,
    () => false,
  );
}
