import type { Provider } from '../harness/contract/index.ts';
import * as hcompany from './hcompany/payloads.ts';
import * as problem from './problem/payloads.ts';
import * as skyvern from './skyvern/payloads.ts';
import * as webcompute from './webcompute/payloads.ts';
import type { AgentOutcome } from './agent/outcome.ts';
import { DATA_PAGE_ANSWER } from './site/pages.ts';

/** The platforms Faultline simulates over HTTP (not plain Playwright, nor the `cli` tool, which runs as a child process). */
export type SimulatedProvider = Exclude<Provider, 'playwright' | 'cli'>;

/** A platform's answer outside a simulator: an HTTP status, headers, and a JSON body. */
export interface PlatformAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** The shapes of one platform that the faults, the fixture agent and the simulators share. */
export interface PlatformPayloads {
  /** How a run that found `answer` ends: the final body a simulator's fate carries. */
  success(answer: unknown): Record<string, unknown>;
  /**
   * What a client reads once a run ended with `end` (a final body), outside a simulator: the
   * payload policy mode classifies. `runId` names the run where the payload carries its id.
   */
  endPayload(end: Record<string, unknown>, runId: string): Record<string, unknown>;
  /** What the platform answers once its agent met `outcome` in the real browser. */
  agentAnswer(outcome: AgentOutcome, runId: string): PlatformAnswer;
}

const ok = (body: unknown): PlatformAnswer => ({ status: 200, headers: { 'content-type': 'application/json' }, body });

/**
 * Every simulated platform's payload shapes, from its own module (`mocks/<provider>/payloads.ts`):
 * the one home of each platform's success, end and agent-report shapes.
 *
 * @example
 * PLATFORMS.skyvern.endPayload(PLATFORMS.skyvern.success({ price: 1049 }), 'tsk_1').run_type; // 'task_v1'
 */
export const PLATFORMS: Record<SimulatedProvider, PlatformPayloads> = {
  hcompany: {
    success: (answer) => ({ ...hcompany.successEnd(answer) }),
    endPayload: (end) => hcompany.endPayload(hcompany.sessionEnd(end)),
    agentAnswer: (outcome) => ok(hcompany.endPayload(hcompany.agentEnd(outcome))),
  },
  skyvern: {
    success: (answer) => ({ ...skyvern.successEnd(answer) }),
    endPayload: (end, runId) => skyvern.endPayload(skyvern.runEnd(end), runId),
    agentAnswer: (outcome, runId) => ok(skyvern.endPayload(skyvern.agentEnd(outcome), runId)),
  },
  webcompute: {
    success: (answer) => webcompute.executeSuccess(answer),
    endPayload: (end) => end,
    agentAnswer: (outcome) => ok(webcompute.agentEnd(outcome)),
  },
  problem: {
    success: (answer) => answer as Record<string, unknown>,
    endPayload: (end) => end,
    agentAnswer: (outcome, runId) => {
      const found = problem.agentProblem(outcome);
      if (!found) return ok((outcome as { answer: unknown }).answer);
      return {
        status: found.status,
        headers: { 'content-type': problem.PROBLEM_JSON },
        body: problem.problemBody(found, `trace-${runId}`),
      };
    },
  },
};

/**
 * How a clean run ends on `provider` when nothing is armed: the fixture site's answer, found.
 *
 * @example
 * cleanSuccess('skyvern'); // { status: 'completed', output: { product: 'Framework 13', price: 1049 }, failure_reason: null, errors: [] }
 */
export function cleanSuccess(provider: SimulatedProvider): Record<string, unknown> {
  return PLATFORMS[provider].success(structuredClone(DATA_PAGE_ANSWER));
}
