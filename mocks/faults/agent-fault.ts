import { fixtureRunId, type BrowserParts, type FaultContext, type Realized } from './fault.ts';
import { envelope } from '../agent/envelopes.ts';
import type { AgentOutcome } from '../agent/outcome.ts';
import { runAgent, type AgentRun } from '../agent/run-agent.ts';

/** Default real navigation timeout of the fixture agent, in ms. */
export const AGENT_TIMEOUT_MS = 5_000;

/** Real ms of navigation timeout per second of the task's `maxTimeS` budget: a 300 s budget plays as 300 ms. */
export const BUDGET_MS_PER_SECOND = 1;

/**
 * The navigation timeout a task's budget buys, in real ms: `raise_budget` really lengthens it.
 *
 * @example
 * budgetTimeoutMs({ ...task, budget: { maxSteps: 25, maxTimeS: 300 } }); // 300
 */
export function budgetTimeoutMs(task: FaultContext['task']): number {
  return task.budget.maxTimeS * BUDGET_MS_PER_SECOND;
}

/**
 * The browser parts a fault needs, or a clear error when the runner gave none.
 *
 * @example
 * const { browser, site } = browserParts(ctx);
 */
export function browserParts(ctx: FaultContext): BrowserParts {
  if (!ctx.browser)
    throw new Error(`this fault drives a real browser, but the runner gave none (provider ${ctx.provider})`);
  return ctx.browser;
}

/**
 * What an outcome was, in a few words, for the trace's evidence.
 *
 * @example
 * describeOutcome({ type: 'wall', wall: 'captcha' }); // 'captcha wall'
 */
export function describeOutcome(outcome: AgentOutcome): string {
  switch (outcome.type) {
    case 'answer':
      return `answer ${JSON.stringify(outcome.answer)}`;
    case 'wall':
      return `${outcome.wall} wall`;
    case 'http':
      return `HTTP ${outcome.status}${outcome.viaProxy ? ' through the proxy' : ''}`;
    case 'error':
      return `${outcome.error.name}: ${outcome.error.message.split('\n')[0]}`;
  }
}

/**
 * Runs the fixture agent for the fault (a platform agent for the platforms, a raw script for
 * `playwright`), wraps what really happened in the provider's envelope, and checks the proof
 * that the fault really fired.
 *
 * @example
 * return realizeWithAgent(ctx, { path: '/hang', timeoutMs: 300 }, 'navigation timeout', (o) => o.type === 'error');
 */
export async function realizeWithAgent(
  ctx: FaultContext,
  run: Omit<AgentRun, 'style'>,
  expected: string,
  proof: (outcome: AgentOutcome) => boolean,
): Promise<Realized> {
  const outcome = await runAgent(browserParts(ctx), {
    ...run,
    style: ctx.provider === 'playwright' ? 'script' : 'platform',
  });
  const fired = proof(outcome);
  const seen = describeOutcome(outcome);
  const native = envelope(ctx.provider, outcome, fixtureRunId(ctx));
  if (!fired && outcome.type === 'answer' && ctx.changes.length > 0) {
    return {
      native,
      fired,
      healed: true,
      evidence: `healed by the retry's changes (${ctx.changes.join(', ')}): ${seen}`,
    };
  }
  return {
    native,
    fired,
    evidence: fired ? `${expected}: ${seen}` : `expected ${expected}, but the run ended with ${seen}`,
  };
}
