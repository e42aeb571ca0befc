import type { ProviderClassifier } from './provider.ts';
import { fromStatus } from './shared/http.ts';

/** Placeholder until the hcompany classifier lands: classifies by HTTP status only. */
export const hcompany: ProviderClassifier = {
  response: (response, options) => fromStatus('hcompany', response, options),
  thrown: () => null,
};
