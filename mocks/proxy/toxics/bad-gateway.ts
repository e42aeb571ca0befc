import { statusToxic } from './answer.ts';

/** The proxy answers 502 Bad Gateway: it could not reach the target (a dead upstream). */
export const badGateway = statusToxic('bad_gateway', 502);
