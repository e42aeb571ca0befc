import { createHmac } from 'node:crypto';

/**
 * The signature Faultline's Skyvern simulator puts in `x-skyvern-signature`: HMAC-SHA256, hex, of
 * `<timestamp>.<body>` keyed with the API key that created the run.
 *
 * @example
 * const ok = signWebhook(apiKey, req.headers['x-skyvern-timestamp'], rawBody) === req.headers['x-skyvern-signature'];
 */
export function signWebhook(apiKey: string, timestamp: string, body: string): string {
  return createHmac('sha256', apiKey).update(`${timestamp}.${body}`).digest('hex');
}

/** Only loopback receivers get webhooks (Faultline never sends traffic off the machine). */
export function isLoopbackUrl(url: string): boolean {
  try {
    const { hostname, protocol } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
  } catch {
    return false;
  }
}
