import { afterAll, afterEach, beforeEach } from 'vitest';
import { closeMswServer, mswServer, takeUnhandled } from '../../harness/runner/client/msw-server.ts';
import { installVirtualTime } from '../../harness/runner/client/virtual-time.ts';
import {
  SIMULATED_ORIGINS,
  SIMULATORS,
  type FateSource,
  type SimulatedProvider,
  type Simulator,
} from '../../mocks/simulators.ts';

export const KEY = 'test-key-1';
export const REFRESHED_KEY = 'test-key-2';

/** A virtual clock per test and the process's MSW server, always restored and closed. */
export function useSimulatorWorld(): { clock: () => ReturnType<typeof installVirtualTime> } {
  let clock: ReturnType<typeof installVirtualTime> | undefined;
  beforeEach(() => {
    clock = installVirtualTime();
    takeUnhandled();
  });
  afterEach(() => {
    mswServer().resetHandlers();
    clock?.uninstall();
  });
  afterAll(() => closeMswServer());
  return { clock: () => clock! };
}

/** A simulator of `provider` mounted on the MSW server. */
export function mount(provider: SimulatedProvider, fates?: FateSource): Simulator {
  const sim = SIMULATORS[provider]({
    baseUrl: SIMULATED_ORIGINS[provider],
    apiKeys: [KEY, REFRESHED_KEY],
    seed: 1,
    fates,
  });
  mswServer().use(...sim.handlers);
  return sim;
}

/** Lets the in-process request finish while virtual time advances by `ms`. */
export async function advance(clock: ReturnType<typeof installVirtualTime>, ms: number): Promise<void> {
  await clock.tickAsync(ms);
}

/** A JSON request with a bearer key. */
export function jsonInit(body: unknown, headers: Record<string, string> = {}, method = 'POST'): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** Starts a fetch and runs virtual time until it answers. */
export async function send(
  clock: ReturnType<typeof installVirtualTime>,
  url: string,
  init?: RequestInit,
): Promise<Response> {
  const pending = fetch(url, init);
  let done = false;
  void pending.finally(() => (done = true)).catch(() => undefined);
  for (let i = 0; i < 200 && !done; i++) await clock.tickAsync(100);
  return pending;
}
