import { z } from 'zod';
import { definePlatformFault, FLEET_PROVIDERS } from './platform-fault.ts';

/** A slow platform: every run-starting request waits `latencyMs` of virtual time before the platform works on it. */
export const slow = definePlatformFault({
  id: 'platform.slow',
  summary: 'Every new run waits `latencyMs` of virtual time before the platform starts working on it',
  providers: FLEET_PROVIDERS,
  params: z.strictObject({
    latencyMs: z.number().int().positive().describe('Added latency, in virtual ms'),
  }),
  arm: ({ latencyMs }) => ({ fault: 'platform.slow', latencyMs: () => latencyMs }),
});
