import type { Provider } from '../harness/contract/index.ts';
import { describeOutcome } from './faults/agent-fault.ts';
import { envelope } from './agent/envelopes.ts';
import { runAgent } from './agent/run-agent.ts';
import { jsonAnswer, type FaultContext, type Realized } from './faults/fault.ts';
import { startFaultyProxy } from './proxy/index.ts';
import { DATA_PAGE_ANSWER } from './site/pages.ts';

/** What each platform answers when nothing is armed and no browser is involved. */
const CANNED: Record<Exclude<Provider, 'playwright'>, (ctx: FaultContext) => Realized> = {
  hcompany: (ctx) =>
    jsonAnswer('hcompany', 200, { id: `ses_${ctx.task.id}_${ctx.attempt}`, status: 'completed', error_code: null, error: null, outcome: 'success', answer: DATA_PAGE_ANSWER }),
  skyvern: (ctx) =>
    jsonAnswer('skyvern', 200, { run_id: `tsk_v2_${ctx.task.id}_${ctx.attempt}`, status: 'completed', output: DATA_PAGE_ANSWER, failure_reason: null, errors: [] }),
  webcompute: () => jsonAnswer('webcompute', 200, { success: true, result: DATA_PAGE_ANSWER, logs: [] }),
  problem: () => jsonAnswer('problem', 200, DATA_PAGE_ANSWER),
};

/**
 * A run with a browser: the fixture agent really loads the data page. When the task has a proxy
 * (a retry asked for `new_proxy`), the run goes through a new, healthy proxy, and its stats
 * prove the page came through it.
 */
async function realRun(ctx: FaultContext): Promise<Realized> {
  const style = ctx.provider === 'playwright' ? 'script' : 'platform';
  const proxy = ctx.task.proxy ? await startFaultyProxy() : undefined;
  try {
    const outcome = await runAgent(ctx.browser!, { path: '/data', style, timeoutMs: 5_000, proxy: proxy && { server: proxy.url } });
    const through = proxy ? ` through a new healthy proxy (${proxy.stats().passed} connection passed)` : '';
    return { native: envelope(ctx.provider, outcome), fired: outcome.type === 'answer', evidence: `${describeOutcome(outcome)}${through}` };
  } finally {
    await proxy?.close();
  }
}

/**
 * Realizes a clean success for the provider: what an attempt gets once the schedule is spent.
 * With a browser (browser scenarios and `playwright`), the agent really runs; else the platform's
 * canned success.
 *
 * @example
 * const { native } = await realizeSuccess({ provider: 'hcompany', task, attempt: 3 });
 */
export function realizeSuccess(ctx: FaultContext): Promise<Realized> {
  if (ctx.browser) return realRun(ctx);
  if (ctx.provider === 'playwright') throw new Error('a playwright scenario needs a browser');
  return Promise.resolve(CANNED[ctx.provider](ctx));
}
