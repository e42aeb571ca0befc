import { authRequired } from './auth-required.ts';
import { errorStatus } from './error-status.ts';
import { latency } from './latency.ts';
import { refuse } from './refuse.ts';
import { reset } from './reset.ts';
import { throttle } from './throttle.ts';
import type { Toxic } from './toxic.ts';

export type { ConnectionToxic, RequestToxic, Toxic } from './toxic.ts';

/** Every toxic the faulty proxy can arm, by name. */
export const TOXICS: ReadonlyMap<string, Toxic<any>> = new Map(
  [refuse, reset, latency, throttle, authRequired, errorStatus].map((toxic) => [toxic.name, toxic as Toxic<any>]),
);
