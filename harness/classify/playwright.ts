import type { ProviderClassifier } from './provider.ts';
import { fromStatus } from './shared/http.ts';

/** Placeholder until the playwright classifier lands: classifies by HTTP status only. */
export const playwright: ProviderClassifier = {
  response: (response, options) => fromStatus('playwright', response, options),
  thrown: () => null,
};
