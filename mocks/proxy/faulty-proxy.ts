import { connect, createServer, type Socket } from 'node:net';
import { z } from 'zod';
import { formatIssues } from '../../harness/shared/zod-issues.ts';
import { listenOnLoopback } from '../net/listen.ts';
import { isLoopbackHost } from './loopback.ts';
import { TOXICS, type Toxic, type ToxicName } from './toxics/index.ts';

/** What `arm()` takes: the toxic, how many connections it hits (default 1), and its own parameters. */
export interface ArmSpec {
  toxic: ToxicName;
  times?: number | 'always';
  [param: string]: unknown;
}

/** Proof of what the proxy did. */
export interface ProxyStats {
  /** Client connections accepted. */
  connections: number;
  /** How many connections each toxic took over (only toxics that fired). */
  byToxic: Partial<Record<ToxicName, number>>;
  /** Connections no toxic touched: handed to the healthy proxy as they came. */
  passed: number;
}

/** A running faulty proxy. */
export interface FaultyProxy {
  /** `http://127.0.0.1:<port>`, never with credentials in it. */
  url: string;
  /**
   * Arms a toxic for the next `times` connections (`'always'`: it never runs out); once spent,
   * the proxy is healthy again. Toxics armed together fire in the order they were armed, one
   * toxic per connection. Throws an Error naming the toxic and field for bad input.
   *
   * @example
   * proxy.arm({ toxic: 'refuse', times: 2 }); // fail the first 2 connections, then pass
   * proxy.arm({ toxic: 'auth_required', challenge: false, times: 'always' });
   */
  arm(spec: ArmSpec): void;
  /**
   * What the proxy did so far (a copy): a scenario asserts its toxic really fired.
   *
   * @example
   * proxy.stats(); // { connections: 3, byToxic: { refuse: 2 }, passed: 1 }
   */
  stats(): ProxyStats;
  /**
   * Closes both layers and destroys every socket, hung ones included; never hangs.
   *
   * @example
   * await proxy.close(); // the port no longer listens
   */
  close(): Promise<void>;
}

interface Armed {
  toxic: Toxic<unknown>;
  params: unknown;
  left: number;
}

const ArmSchema = z
  .object({
    toxic: z.string(),
    times: z.union([z.number().int().positive(), z.literal('always')]).default(1),
  })
  .catchall(z.unknown());

/**
 * Checks an `arm()` spec: the toxic must exist and its parameters must fit its schema.
 * Throws an Error naming the toxic, the field and what was expected.
 */
function parseArm(spec: unknown): Armed {
  const base = ArmSchema.safeParse(spec);
  if (!base.success) throw new Error(`faulty proxy: arm(): ${formatIssues(base.error.issues).join('; ')}`);
  const { toxic: name, times, ...rest } = base.data;
  const toxic = TOXICS.get(name as ToxicName);
  if (!toxic)
    throw new Error(
      `faulty proxy: arm(): toxic: unknown toxic "${name}"; expected one of: ${[...TOXICS.keys()].join(', ')}`,
    );
  const params = toxic.params.safeParse(rest);
  if (!params.success)
    throw new Error(`faulty proxy: arm() toxic "${name}": ${formatIssues(params.error.issues).join('; ')}`);
  return { toxic, params: params.data, left: times === 'always' ? Infinity : times };
}

/**
 * Starts a faulty proxy on a free loopback port: it forwards plain http:// requests and tunnels
 * https:// through CONNECT, to loopback targets only (anything else gets a 403). With `auth`,
 * clients must send those Basic credentials; the password never appears in anything the proxy
 * logs, throws or reports.
 *
 * @example
 * const proxy = await startFaultyProxy({ auth: { username: 'agent', password: secret } });
 * proxy.arm({ toxic: 'refuse', times: 2 });
 * const context = await browser.newContext({ proxy: { server: proxy.url, username: 'agent', password: secret } });
 * proxy.stats(); // { connections: 3, byToxic: { refuse: 2 }, passed: 1 }
 * await proxy.close();
 */
export async function startFaultyProxy(
  options: { auth?: { username: string; password: string } } = {},
): Promise<FaultyProxy> {
  const armed: Armed[] = [];
  const stats: ProxyStats = { connections: 0, byToxic: {}, passed: 0 };
  const auth = options.auth;

  // Loaded on first use: a worker that runs no proxy fault never pays for proxy-chain.
  const { RequestError, Server: ProxyChainServer } = await import('proxy-chain');
  const inner = new ProxyChainServer({
    port: 0,
    host: '127.0.0.1',
    verbose: false, // proxy-chain logs nothing then: no line can carry the password
    prepareRequestFunction: ({ username, password, hostname }) => {
      if (!isLoopbackHost(hostname))
        throw new RequestError(`the faulty proxy forwards only to loopback targets, not "${hostname}"`, 403);
      if (auth && (username !== auth.username || password !== auth.password)) return { requestAuthentication: true };
      return {};
    },
  });
  await inner.listen();

  const forward = (client: Socket): Socket => {
    const upstream = connect(inner.port, '127.0.0.1');
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
    return upstream;
  };
  const front = createServer((client) => {
    stats.connections++;
    client.on('error', () => {}); // a reset client is what some toxics are for
    const next = armed.find((a) => a.left > 0);
    if (!next) {
      stats.passed++;
      forward(client);
      return;
    }
    next.left--;
    const name = next.toxic.name;
    stats.byToxic[name] = (stats.byToxic[name] ?? 0) + 1;
    next.toxic.apply(client, next.params, forward);
  });
  const listening = await listenOnLoopback(front);

  return {
    url: `http://127.0.0.1:${listening.port}`,
    arm: (spec) => void armed.push(parseArm(spec)),
    stats: () => structuredClone(stats),
    close: async () => {
      await listening.close();
      await inner.close(true);
    },
  };
}
