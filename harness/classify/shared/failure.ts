import { layerOf, type Failure, type FailureKind, type Provider } from '../../contract/index.ts';
import { redact, redactText } from '../../redact.ts';
import type { Classification, ClassifyOptions } from '../native.ts';

/** The fields a classifier fills in; everything it leaves out is null. */
export interface FailureFields {
  retryable?: boolean | null;
  retryAfterMs?: number | null;
  next?: string | null;
  status?: number | null;
  code?: string | null;
  message?: string;
  raw?: unknown;
}

/**
 * Builds a redacted {@link Failure} wrapped as a failure {@link Classification}.
 * `message` and `raw` pass through {@link redact} with the caller's known secrets.
 *
 * @example
 * failed('hcompany', 'browser.crashed', { code: 'environment_error', raw: session });
 */
export function failed(
  provider: Provider,
  kind: FailureKind,
  fields: FailureFields,
  options: ClassifyOptions = {},
): Classification {
  const secrets = options.secrets ?? [];
  return {
    state: 'failure',
    failure: {
      kind,
      layer: layerOf(kind),
      provider,
      retryable: fields.retryable ?? null,
      // Untrusted numbers are kept only when they are what the contract promises.
      retryAfterMs: Number.isFinite(fields.retryAfterMs) && fields.retryAfterMs! >= 0 ? fields.retryAfterMs! : null,
      next: fields.next ?? null,
      status: Number.isSafeInteger(fields.status) ? fields.status! : null,
      code: fields.code ?? null,
      message: redactText(fields.message ?? kind, secrets),
      raw: redact(fields.raw ?? null, secrets),
    },
  };
}
