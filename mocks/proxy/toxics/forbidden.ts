import { statusToxic } from './answer.ts';

/** The proxy answers 403 Forbidden: it will not carry this client's traffic. */
export const forbidden = statusToxic('forbidden', 403);
