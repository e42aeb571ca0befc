import { authRequired } from './auth-required.ts';
import { badGateway } from './bad-gateway.ts';
import { forbidden } from './forbidden.ts';
import { latency } from './latency.ts';
import { refuse } from './refuse.ts';
import { reset } from './reset.ts';
import { throttle } from './throttle.ts';
import type { Toxic, ToxicName } from './toxic.ts';

export type { Toxic, ToxicName } from './toxic.ts';

/** Every toxic the faulty proxy can arm, by name. */
export const TOXICS: ReadonlyMap<ToxicName, Toxic<any>> = new Map(
  [refuse, reset, authRequired, badGateway, forbidden, latency, throttle].map((toxic) => [
    toxic.name,
    toxic as Toxic<any>,
  ]),
);
