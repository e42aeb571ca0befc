import { z } from 'zod';
import { FailureKindSchema, LayerSchema, ProviderSchema } from './kinds.ts';

/**
 * Schema of a {@link Failure}: one provider-neutral description of what went wrong.
 *
 * @example
 * FailureSchema.parse(failure); // throws a ZodError naming the bad field
 */
export const FailureSchema = z.object({
  kind: FailureKindSchema,
  layer: LayerSchema,
  provider: ProviderSchema,
  /** What the provider itself says (`is_retriable`, `retryable`); null when it is silent. */
  retryable: z.boolean().nullable(),
  /** `Retry-After` (seconds or HTTP date) or `retry_after_ms`, in milliseconds. */
  retryAfterMs: z.number().nonnegative().nullable(),
  /** The provider's suggested next step (Webcompute `next`, Problem `suggestions[0]`). */
  next: z.string().nullable(),
  /** HTTP status, when there is one. */
  status: z.number().int().nullable(),
  /** The provider's own machine code, unchanged (`net::ERR_*` or the error class for Playwright). */
  code: z.string().nullable(),
  /** Redacted, for logs only: never branch on it. */
  message: z.string(),
  /** The native payload, redacted. */
  raw: z.unknown(),
});

/** One provider-neutral description of what went wrong. See docs/design.md, "The public contract". */
export type Failure = z.infer<typeof FailureSchema>;
