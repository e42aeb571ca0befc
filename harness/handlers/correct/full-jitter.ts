import { FullJitterBackoff } from '../backoff/full-jitter.ts';
import { carefulHandler } from '../reference.ts';

/** The reference's decisions, waiting with full jitter: any delay up to 1 s × 2ⁿ (capped at 30 s). */
export default carefulHandler({ name: 'full-jitter', backoff: new FullJitterBackoff() });
