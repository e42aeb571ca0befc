import { EqualJitterBackoff } from '../backoff/equal-jitter.ts';
import { carefulHandler } from '../reference.ts';

/** The reference's decisions, waiting with equal jitter: half of 1 s × 2ⁿ (capped at 30 s), plus up to as much again. */
export default carefulHandler({ name: 'equal-jitter', backoff: new EqualJitterBackoff() });
