import { concurrencyLimit } from './concurrency-limit.ts';
import { outage } from './outage.ts';
import type { PlatformFault } from './platform-fault.ts';
import { rateLimit } from './rate-limit.ts';
import { slow } from './slow.ts';

export type { Arrival, PlatformFault, PlatformGate } from './platform-fault.ts';
export { FLEET_PROVIDERS } from './platform-fault.ts';

const ALL = [outage, rateLimit, concurrencyLimit, slow] as const;

/** Any platform-wide fault, with its exact id, providers and parameter types. */
export type AnyPlatformFault = (typeof ALL)[number];

/**
 * The platform-wide fault with this id, or undefined.
 *
 * @example
 * platformFaultById('platform.outage')?.providers; // ['problem']
 */
export function platformFaultById(id: string): PlatformFault | undefined {
  return ALL.find((fault) => fault.id === id) as PlatformFault | undefined;
}

/**
 * Every platform-wide fault id, in registry order.
 *
 * @example
 * PLATFORM_FAULT_IDS.includes('platform.rate-limit'); // true
 */
export const PLATFORM_FAULT_IDS: readonly AnyPlatformFault['id'][] = ALL.map((fault) => fault.id);
