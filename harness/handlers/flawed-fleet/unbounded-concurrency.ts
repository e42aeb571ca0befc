import { fleetClient } from '../clients/fleet/fleet-client.ts';
import { REFERENCE_CLIENT_OPTIONS } from '../reference-client.ts';

/** The reference fleet client without a limiter: every task at once, whatever limit the platform announces. */
export default fleetClient({ ...REFERENCE_CLIENT_OPTIONS, name: 'fleet-unbounded-concurrency', maxConcurrent: null });
