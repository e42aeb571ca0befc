import type { Provider } from '../../harness/contract/index.ts';

/** Providers that answer over HTTP (every one but direct Playwright and the cli tool). */
export const HTTP_PROVIDERS = ['hcompany', 'skyvern', 'webcompute', 'problem'] as const satisfies readonly Provider[];
/** Every provider whose runs drive a browser: all but the cli tool, which answers as a process. */
export const ALL_PROVIDERS = [...HTTP_PROVIDERS, 'playwright'] as const satisfies readonly Provider[];
