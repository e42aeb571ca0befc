import reference from '../reference.ts';
import webcomputeSdkDefaults from '../webcompute-sdk-defaults.ts';
import { variant } from './variant.ts';

/**
 * The Webcompute SDK's default retries, used as seed 002 asks: never blindly where the provider's
 * `next` says change_request, authenticate or abort (there, careful user code decides). Graded
 * non-strict where the seed documents the defaults' blind retries (a 502 on the same browser).
 */
export default variant(
  'webcompute-sdk-defaults-heeding-next',
  (decision, failure, ctx) =>
    ['abort', 'authenticate', 'change_request'].includes(failure.next ?? '')
      ? reference.decide(failure, ctx)
      : decision,
  webcomputeSdkDefaults,
);
