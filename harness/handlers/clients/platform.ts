import type { ClientEnv, Failure, Native, TaskSpec } from '../../core.ts';

/** Where a client's run stands: what the next attempt will send. */
export interface RunState {
  task: TaskSpec;
  apiKey: string;
  /** Sent with the run-starting request; kept when resending after a lost answer. */
  idempotencyKey: string;
  /** How many times the client asked for a new proxy (platforms that pick proxies by location). */
  proxies: number;
  /** Webcompute: the browser the next execute goes to, and the proxy it was created with. */
  browserId?: string;
  browserProxy?: string;
}

/** How a client talks to one platform: start a run and follow it to its end. */
export interface PlatformClient {
  /** Starts one run and follows it until it ends; returns the payload that showed the end. */
  attempt(state: RunState, env: ClientEnv): Promise<Native>;
  /** Looks at what the platform offers about a failure before deciding (e.g. a browser's status). */
  inspect?(failure: Failure, state: RunState, env: ClientEnv): Promise<void>;
  /** Gives the next attempt a fresh browser (platforms with explicit browsers). */
  freshBrowser?(state: RunState, env: ClientEnv): Promise<void>;
  /** Releases what the run holds (closes browsers) before the client returns. */
  finish?(state: RunState, env: ClientEnv): Promise<void>;
}
