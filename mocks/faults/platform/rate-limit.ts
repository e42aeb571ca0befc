import { z } from 'zod';
import { definePlatformFault, FLEET_PROVIDERS } from './platform-fault.ts';
import { refusalReply } from './refusal.ts';

/**
 * A per-key token bucket: each key holds `burst` tokens, refilled at `perS` tokens a second; a
 * run-starting request takes one, and without one it is refused with 429 and a `Retry-After`
 * saying when the next token is there.
 */
export const rateLimit = definePlatformFault({
  id: 'platform.rate-limit',
  summary:
    'A per-key token bucket (`burst` tokens, `perS` a second): a new run without a token gets 429 with `Retry-After` until the next one',
  providers: FLEET_PROVIDERS,
  params: z.strictObject({
    burst: z.number().int().positive().describe('Tokens a key holds when full'),
    perS: z.number().positive().describe('Tokens added each virtual second'),
  }),
  arm: ({ burst, perS }) => {
    const buckets = new Map<string, { tokens: number; atMs: number }>();
    let refused = 0;
    return {
      fault: 'platform.rate-limit',
      refuse: ({ atMs, credential }) => {
        const bucket = buckets.get(credential) ?? { tokens: burst, atMs };
        bucket.tokens = Math.min(burst, bucket.tokens + ((atMs - bucket.atMs) / 1000) * perS);
        bucket.atMs = atMs;
        buckets.set(credential, bucket);
        if (bucket.tokens >= 1) {
          bucket.tokens -= 1;
          return null;
        }
        const retryAfterMs = Math.ceil(((1 - bucket.tokens) / perS) * 1000);
        return refusalReply(
          {
            status: 429,
            slug: 'rate-limited',
            title: 'Too many requests',
            detail: `At most ${perS} new runs a second per key (bursts of ${burst})`,
            retryAfterMs,
          },
          `trace-rate-limit-${++refused}`,
        );
      },
    };
  },
});
