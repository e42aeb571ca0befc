import { DecorrelatedJitterBackoff } from '../backoff/decorrelated-jitter.ts';
import { carefulHandler } from '../reference.ts';

/** The reference's decisions, waiting with decorrelated jitter: a draw from [500 ms, 3 × the previous delay], capped at 30 s. */
export default carefulHandler({ name: 'decorrelated-jitter', backoff: new DecorrelatedJitterBackoff() });
