import { fleetClient } from '../clients/fleet/fleet-client.ts';
import { REFERENCE_CLIENT_OPTIONS } from '../reference-client.ts';

/** The reference fleet client without a circuit breaker: every task keeps retrying into an outage. */
export default fleetClient({ ...REFERENCE_CLIENT_OPTIONS, name: 'fleet-no-breaker', breaker: null });
