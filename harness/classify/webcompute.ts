import type { ProviderClassifier } from './provider.ts';
import { fromStatus } from './shared/http.ts';

/** Placeholder until the webcompute classifier lands: classifies by HTTP status only. */
export const webcompute: ProviderClassifier = {
  response: (response, options) => fromStatus('webcompute', response, options),
  thrown: () => null,
};
