import { connect, createServer, type Socket } from 'node:net';
import { RequestError, Server as ProxyChainServer } from 'proxy-chain';
import { z } from 'zod';
import { listenOnLoopback } from '../net/listen.ts';
import { formatIssues } from '../../harness/scenario/errors.ts';
import { TOXICS, type Toxic } from './toxics/index.ts';

/** Proof of what the proxy did: connections, requests, and how often each toxic fired. */
export interface ProxyStats {
  connections: number;
  requests: number;
  fired: Record<string, number>;
  /** Connections proxied without any toxic. */
  passed: number;
}

/** A running faulty proxy. */
export interface FaultyProxy {
  /** `http://127.0.0.1:<port>`, never with credentials in it. */
  url: string;
  port: number;
  /**
   * Arms a toxic: `{ toxic: 'refuse', times: 2 }` fails the next two connections, then the proxy
   * is healthy again; `times: 'always'` never runs out. Throws a clear error for an unknown toxic
   * or bad parameters.
   */
  arm(spec: { toxic: string; times?: number | 'always'; [param: string]: unknown }): void;
  stats(): ProxyStats;
  /** Closes both layers and destroys every socket; never hangs. */
  close(): Promise<void>;
}

interface Armed {
  toxic: Toxic<unknown>;
  params: unknown;
  left: number;
}

const ArmSchema = z.object({
  toxic: z.string(),
  times: z.union([z.number().int().positive(), z.literal('always')]).default(1),
});

/**
 * Starts a faulty proxy on a free loopback port. With `auth`, clients must send those Basic
 * credentials (the password never appears in the proxy's errors or stats).
 *
 * @example
 * const proxy = await startFaultyProxy();
 * proxy.arm({ toxic: 'refuse', times: 2 });
 * const context = await browser.newContext({ proxy: { server: proxy.url } });
 * await proxy.close();
 */
export async function startFaultyProxy(options: { auth?: { username: string; password: string } } = {}): Promise<FaultyProxy> {
  const armed: Armed[] = [];
  const stats: ProxyStats = { connections: 0, requests: 0, fired: {}, passed: 0 };
  const take = (level: Toxic['level']): Armed | undefined => {
    const found = armed.find((a) => a.toxic.level === level && a.left > 0);
    if (found) {
      found.left--;
      stats.fired[found.toxic.name] = (stats.fired[found.toxic.name] ?? 0) + 1;
    }
    return found;
  };

  const inner = new ProxyChainServer({
    port: 0,
    host: '127.0.0.1',
    verbose: false,
    prepareRequestFunction: ({ username, password }) => {
      stats.requests++;
      const toxic = take('request');
      if (toxic?.toxic.level === 'request') {
        const answer = toxic.toxic.answer(toxic.params);
        if ('requestAuthentication' in answer) return answer;
        // proxy-chain answers a thrown RequestError with its status, for plain requests and CONNECT alike.
        throw new RequestError(answer.body, answer.statusCode);
      }
      const auth = options.auth;
      if (auth && (username !== auth.username || password !== auth.password)) return { requestAuthentication: true };
      return {};
    },
  });
  inner.on('requestFailed', () => {}); // resets and refusals are the point here, not news
  await inner.listen();

  const pipe = (client: Socket): Socket => {
    const upstream = connect(inner.port, '127.0.0.1');
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
    return upstream;
  };
  const front = createServer((client) => {
    stats.connections++;
    client.on('error', () => {});
    const toxic = take('connection');
    if (toxic?.toxic.level === 'connection') toxic.toxic.apply(client, toxic.params, pipe);
    else {
      stats.passed++;
      pipe(client);
    }
  });
  const listening = await listenOnLoopback(front);

  return {
    url: `http://127.0.0.1:${listening.port}`,
    port: listening.port,
    arm(spec) {
      const base = ArmSchema.safeParse(spec);
      const toxic = base.success ? TOXICS.get(base.data.toxic) : undefined;
      if (!base.success || !toxic) {
        const why = base.success ? [`toxic: unknown toxic "${spec.toxic}"; expected one of: ${[...TOXICS.keys()].join(', ')}`] : formatIssues(base.error.issues);
        throw new Error(`faulty proxy: cannot arm ${JSON.stringify(spec.toxic)}: ${why.join('; ')}`);
      }
      const { toxic: _name, times: _times, ...rest } = spec;
      const params = toxic.params.safeParse(rest);
      if (!params.success) throw new Error(`faulty proxy: toxic "${toxic.name}": ${formatIssues(params.error.issues).join('; ')}`);
      armed.push({ toxic, params: params.data, left: base.data.times === 'always' ? Infinity : base.data.times });
    },
    stats: () => structuredClone(stats),
    close: async () => {
      await listening.close();
      await inner.close(true);
    },
  };
}
