import type { ClientHandler } from '../../contract/index.ts';
import dropsTasks from './drops-tasks.ts';
import lockstepRetries from './lockstep-retries.ts';
import noBreaker from './no-breaker.ts';
import unboundedConcurrency from './unbounded-concurrency.ts';

/** The gallery of flawed fleet clients, one realistic fleet bug each; the fleet scenarios catch each by name. */
export const FLAWED_FLEET_CLIENTS: readonly ClientHandler[] = [
  noBreaker,
  lockstepRetries,
  unboundedConcurrency,
  dropsTasks,
];
