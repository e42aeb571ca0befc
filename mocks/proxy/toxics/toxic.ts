import type { Socket } from 'node:net';
import type { z } from 'zod';

/** What a toxic does to one client connection before (or instead of) proxying it. */
export interface ConnectionToxic<P> {
  name: string;
  /** One line saying what the client sees. */
  summary: string;
  level: 'connection';
  params: z.ZodType<P>;
  /**
   * Takes over the client socket. `pipe(client)` hands it to the healthy proxy and returns the
   * upstream socket; a toxic may instead destroy the client, or pipe it with delays.
   */
  apply(client: Socket, params: P, pipe: (client: Socket) => Socket): void;
}

/** What a toxic answers to one proxied request, instead of forwarding it. */
export interface RequestToxic<P> {
  name: string;
  summary: string;
  level: 'request';
  params: z.ZodType<P>;
  /** The proxy's own answer: demand credentials, or an error status. */
  answer(params: P): { requestAuthentication: true } | { statusCode: number; body: string };
}

/** One fault of the faulty proxy, in the spirit of a Toxiproxy toxic. */
export type Toxic<P = unknown> = ConnectionToxic<P> | RequestToxic<P>;
