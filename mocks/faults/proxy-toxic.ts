import { z } from 'zod';
import { startFaultyProxy } from '../proxy/index.ts';
import { CANARY_PROXY_PASSWORD } from '../secrets.ts';
import { TOXICS, type Toxic, type ToxicName } from '../proxy/toxics/index.ts';
import { AGENT_TIMEOUT_MS, realizeWithAgent } from './agent-fault.ts';
import { defineFault } from './fault.ts';
import { ALL_PROVIDERS } from './providers.ts';

/** A toxic's name and its own parameters: `latency (ms)`. */
function toxicWithParams(toxic: Toxic): string {
  const params = toxic.params instanceof z.ZodObject ? Object.keys(toxic.params.shape) : [];
  return params.length ? `${toxic.name} (${params.join(', ')})` : toxic.name;
}

/**
 * The run goes through a real faulty proxy with a toxic armed: refuse, reset mid-response,
 * demand credentials, answer an error status, add latency or throttle. Proof: the proxy's own
 * stats show the toxic fired, and the run did not end with an answer.
 */
export const proxyToxic = defineFault({
  id: 'proxy.toxic',
  summary: `The browser goes through a real loopback proxy with a toxic: ${[...TOXICS.values()].map(toxicWithParams).join(', ')}`,
  providers: ALL_PROVIDERS,
  browser: true,
  params: z
    .object({
      toxic: z.enum([...TOXICS.keys()] as [ToxicName, ...ToxicName[]]),
      timeoutMs: z.number().int().positive().max(30_000).default(AGENT_TIMEOUT_MS),
    })
    .catchall(z.unknown())
    .superRefine(({ toxic, timeoutMs: _t, ...rest }, issues) => {
      const params = TOXICS.get(toxic)?.params.safeParse(rest);
      for (const issue of params && !params.success ? params.error.issues : [])
        issues.addIssue({ ...issue, code: 'custom', message: `toxic ${toxic}: ${issue.message}` });
    }),
  realize: async ({ toxic, timeoutMs, ...params }, ctx) => {
    const proxy = await startFaultyProxy({ auth: { username: 'agent', password: CANARY_PROXY_PASSWORD } });
    try {
      // Once the handler asked for a new proxy, the run goes through a new one: healthy.
      if (!ctx.changes.includes('new_proxy')) proxy.arm({ toxic, times: 'always', ...params });
      const run = {
        path: '/data',
        timeoutMs,
        proxy: { server: proxy.url, username: 'agent', password: CANARY_PROXY_PASSWORD },
      };
      return await realizeWithAgent(
        ctx,
        run,
        `proxy toxic ${toxic}`,
        (o) => (proxy.stats().byToxic[toxic] ?? 0) > 0 && o.type !== 'answer',
      );
    } finally {
      await proxy.close();
    }
  },
});
