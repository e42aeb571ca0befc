import type { Native, Provider } from '../../core.ts';

/**
 * One HTTP call as a client makes it, turned into the native payload Faultline classifies: the
 * response (status, headers, raw body) or what `fetch` threw.
 *
 * @example
 * const native = await call('hcompany', `${env.baseUrl}/api/v2/sessions/${id}`, { headers });
 */
export async function call(provider: Provider, url: string, init: RequestInit): Promise<Native> {
  try {
    const response = await fetch(url, init);
    return {
      provider,
      response: { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() },
    };
  } catch (thrown) {
    return { provider, thrown };
  }
}

/**
 * The JSON body of a 2xx answer, or null.
 *
 * @example
 * const session = okJson(native) as { id: string } | null;
 */
export function okJson(native: Native): Record<string, unknown> | null {
  if (!('response' in native) || native.response.status === null || native.response.status >= 300) return null;
  try {
    const value: unknown = JSON.parse(String(native.response.body));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Sleeps on `setTimeout` (virtual under Faultline), cut short when `signal` aborts.
 *
 * @example
 * await sleep(2_000, env.signal);
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** JSON request headers with a bearer key and an optional idempotency key. */
export function bearerHeaders(apiKey: string, idempotencyKey?: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    authorization: `Bearer ${apiKey}`,
    ...(idempotencyKey && { 'idempotency-key': idempotencyKey }),
  };
}
