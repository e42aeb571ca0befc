import type { Provider } from '../../harness/contract/index.ts';

/** Providers that answer over HTTP (every one but direct Playwright). */
export const HTTP_PROVIDERS: readonly Provider[] = ['hcompany', 'skyvern', 'webcompute', 'problem'];
/** Every provider. */
export const ALL_PROVIDERS: readonly Provider[] = [...HTTP_PROVIDERS, 'playwright'];
