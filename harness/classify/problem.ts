import type { ProviderClassifier } from './provider.ts';
import { fromStatus } from './shared/http.ts';

/** Placeholder until the problem classifier lands: classifies by HTTP status only. */
export const problem: ProviderClassifier = {
  response: (response, options) => fromStatus('problem', response, options),
  thrown: () => null,
};
