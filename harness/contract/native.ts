import type { Provider } from './kinds.ts';

/** An HTTP answer as the client received it. `body` is the raw text, or an already parsed JSON value. */
export interface NativeResponse {
  /** HTTP status; null when none is known (for example a body handed over without its response). */
  status: number | null;
  /** Response headers; names are matched case-insensitively. */
  headers?: Record<string, string>;
  /** Raw body text (parsed here), or a value that was already parsed from JSON. */
  body: unknown;
}

/**
 * A native payload exactly as a provider (or Playwright) produced it: either an HTTP response,
 * or something thrown (a Playwright error, a Node network error, an SDK error object). It is what
 * `classify` reads and what the simulated platforms produce.
 */
export type Native =
  | { provider: Provider; response: NativeResponse }
  | { provider: Provider; thrown: unknown };
