import { describeOutcome } from './faults/agent-fault.ts';
import { envelope } from './agent/envelopes.ts';
import { runAgent } from './agent/run-agent.ts';
import { fixtureRunId, jsonAnswer, type FaultContext, type Realized } from './faults/fault.ts';
import { cleanSuccess, PLATFORMS } from './platforms.ts';
import { startFaultyProxy } from './proxy/index.ts';
import { realizeCli } from './cli/realize.ts';

/**
 * A run with a browser: the fixture agent really loads the data page. When the task has a proxy
 * (a retry asked for `new_proxy`), the run goes through a new, healthy proxy, and its stats
 * prove the page came through it.
 */
async function realRun(ctx: FaultContext): Promise<Realized> {
  const style = ctx.provider === 'playwright' ? 'script' : 'platform';
  const proxy = ctx.task.proxy ? await startFaultyProxy() : undefined;
  try {
    const outcome = await runAgent(ctx.browser!, {
      path: '/data',
      style,
      timeoutMs: 5_000,
      proxy: proxy && { server: proxy.url },
    });
    const through = proxy ? ` through a new healthy proxy (${proxy.stats().passed} connection passed)` : '';
    return {
      native: envelope(ctx.provider, outcome, fixtureRunId(ctx)),
      fired: outcome.type === 'answer',
      evidence: `${describeOutcome(outcome)}${through}`,
    };
  } finally {
    await proxy?.close();
  }
}

/**
 * Realizes a clean success for the provider: what an attempt gets once the schedule is spent.
 * With a browser (browser scenarios and `playwright`), the agent really runs; the `cli` tool
 * really runs clean (its answer as JSON on stdout); else the platform's own success payload (its
 * module's shape).
 *
 * @example
 * const { native } = await realizeSuccess({ provider: 'hcompany', task, attempt: 3 });
 */
export function realizeSuccess(ctx: FaultContext): Promise<Realized> {
  if (ctx.browser) return realRun(ctx);
  if (ctx.provider === 'playwright') throw new Error('a playwright scenario needs a browser');
  if (ctx.provider === 'cli') return realizeCli(null, ctx);
  return Promise.resolve(
    jsonAnswer(ctx.provider, 200, PLATFORMS[ctx.provider].endPayload(cleanSuccess(ctx.provider), fixtureRunId(ctx))),
  );
}
