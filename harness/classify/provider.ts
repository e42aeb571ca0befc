import type { Classification, ClassifyOptions } from './native.ts';
import type { ReadResponse } from './shared/http.ts';
import type { StatusMeanings } from './shared/status.ts';

/**
 * What each provider module implements. The dispatcher ({@link classify}) has already read the
 * body; bodies that are not JSON at all never reach `response` (they are classified by status,
 * or as malformed). Everything else, including JSON of the wrong shape, is the provider's to judge.
 */
export interface ProviderClassifier {
  /** An HTTP answer with a JSON body (of any shape). */
  response(response: ReadResponse, options: ClassifyOptions): Classification;
  /**
   * Something thrown: an SDK error object or a Playwright error. Return null for anything the
   * provider does not recognise; the dispatcher then tries network errors, then `platform.internal`.
   */
  thrown(thrown: unknown, options: ClassifyOptions): Classification | null;
  /**
   * What the provider's public reference says some HTTP error statuses mean, where that is
   * narrower than their general meaning; applies to every error answer of this provider, a JSON
   * body or not.
   */
  statuses?: StatusMeanings;
}
