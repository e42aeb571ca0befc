import { BACKOFF_CAP_MS } from '../backoff/backoff.ts';
import { EqualJitterBackoff } from '../backoff/equal-jitter.ts';
import { carefulHandler } from '../reference.ts';

/**
 * The most conservative bounds: one retry per kind at most (the seed's "retry at least once" kept,
 * every other bound treated as the maximum it is), and backoff at the cap from the first retry
 * (between 15 and 30 s). Giving up early is graded non-strict, never failed.
 */
export default carefulHandler({
  name: 'conservative',
  backoff: new EqualJitterBackoff(BACKOFF_CAP_MS),
  maxRetriesPerKind: 1,
});
