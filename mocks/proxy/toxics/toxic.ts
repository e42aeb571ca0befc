import type { Socket } from 'node:net';
import type { z } from 'zod';

/** The toxics the faulty proxy knows. */
export type ToxicName = 'refuse' | 'reset' | 'auth_required' | 'bad_gateway' | 'forbidden' | 'latency' | 'throttle';

/**
 * One fault of the faulty proxy, in the spirit of a Toxiproxy toxic: it takes over one client
 * connection as it is accepted.
 */
export interface Toxic<P = unknown> {
  name: ToxicName;
  /** One line saying what the proxy does to the connection. */
  summary: string;
  /** The toxic's own parameters (everything in `arm()` but `toxic` and `times`). */
  params: z.ZodType<P>;
  /**
   * Takes over the client socket. `forward(client)` hands it to the healthy proxy and returns the
   * socket towards it (flowing into the client until the toxic unpipes it); a toxic may instead
   * reset the client, answer it itself, or forward it late or slowly.
   */
  apply(client: Socket, params: P, forward: (client: Socket) => Socket): void;
}
