import type { ProviderClassifier } from './provider.ts';
import { fromStatus } from './shared/http.ts';

/** Placeholder until the skyvern classifier lands: classifies by HTTP status only. */
export const skyvern: ProviderClassifier = {
  response: (response, options) => fromStatus('skyvern', response, options),
  thrown: () => null,
};
