import { fleetClient } from '../clients/fleet/fleet-client.ts';
import { REFERENCE_CLIENT_OPTIONS } from '../reference-client.ts';

/**
 * The reference fleet client whose tasks all seed their jitter alike and add no spread: tasks that
 * failed together wait the same delay and come back together (a retry storm).
 */
export default fleetClient({ ...REFERENCE_CLIENT_OPTIONS, name: 'fleet-lockstep-retries', spread: false });
