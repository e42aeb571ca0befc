import type { Provider } from '../../harness/contract/index.ts';

/** Providers that answer over HTTP (every one but direct Playwright). */
export const HTTP_PROVIDERS = ['hcompany', 'skyvern', 'webcompute', 'problem'] as const satisfies readonly Provider[];
/** Every provider. */
export const ALL_PROVIDERS = [...HTTP_PROVIDERS, 'playwright'] as const satisfies readonly Provider[];
