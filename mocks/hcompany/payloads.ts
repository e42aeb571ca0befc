import type { AgentOutcome } from '../agent/outcome.ts';
import { browserServerCode } from '../agent/browser-server-code.ts';

/** How a session ended (seed 000): its state and the three machine-readable signals, with the answer. */
export interface SessionEnd {
  status: string;
  error_code: string | null;
  error: string | null;
  outcome: string | null;
  answer: unknown;
}

/** A session as the platform keeps it at one instant: every H Company payload is rendered from this. */
export interface SessionSnapshot {
  id: string;
  /** The request as the client sent it (echoed by the Session object). */
  request: Record<string, unknown>;
  status: string;
  /** How it ended, once it has. */
  end: SessionEnd | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  steps: number;
  /** The trajectory so far: one event per state the session entered after `pending`. */
  events: SessionEvent[];
}

/** One event of a session's trajectory (Faultline's choice: a status change). */
export interface SessionEvent {
  type: string;
  data: Record<string, unknown>;
  timestamp: string;
}

/** The `error` messages of seed 000: stable templates derived from `error_code`. */
const ERROR_TEXT: Record<string, string> = {
  environment_error: 'The session environment failed.',
  no_answer: 'The agent stopped without an answer.',
  answer_validation: 'The answer did not match the answer format.',
  timeout: 'The session exceeded its maximum time.',
  internal: 'An unexpected platform error occurred.',
};

/**
 * How a session ended, from a fate's fields: the seed's five fields, `null` where not given.
 *
 * @example
 * sessionEnd({ status: 'failed', error_code: 'internal' }); // { status: 'failed', error_code: 'internal', error: null, outcome: null, answer: null }
 */
export function sessionEnd(fields: Record<string, unknown>): SessionEnd {
  const pick = (key: keyof SessionEnd) => (fields[key] === undefined ? null : fields[key]);
  return {
    status: String(fields.status),
    error_code: pick('error_code') as string | null,
    error: pick('error') as string | null,
    outcome: pick('outcome') as string | null,
    answer: pick('answer'),
  };
}

/**
 * A session that completed with `answer` and outcome `success`.
 *
 * @example
 * successEnd({ price: 1049 }).outcome; // 'success'
 */
export function successEnd(answer: unknown): SessionEnd {
  return { status: 'completed', error_code: null, error: null, outcome: 'success', answer };
}

function failedWith(status: 'failed' | 'timed_out', code: string): SessionEnd {
  return { status, error_code: code, error: ERROR_TEXT[code]!, outcome: null, answer: null };
}

function blocked(answer: string): SessionEnd {
  return { status: 'completed', error_code: null, error: null, outcome: 'blocked', answer };
}

/**
 * How H Company reports what its agent met in the real browser: a page that would not show
 * (a wall, an error page) is a completed session with outcome `blocked`; a navigation timeout is
 * `timed_out` / `timeout`; a missing selector leaves the agent without an answer (`no_answer`);
 * anything else broke the environment (`environment_error`).
 *
 * @example
 * agentEnd({ type: 'wall', wall: 'captcha' }); // { status: 'completed', outcome: 'blocked', answer: 'A captcha challenge blocked the page.', … }
 */
export function agentEnd(outcome: AgentOutcome): SessionEnd {
  switch (outcome.type) {
    case 'answer':
      return successEnd(outcome.answer);
    case 'wall':
      return blocked(
        outcome.wall === 'captcha'
          ? 'A captcha challenge blocked the page.'
          : 'The site asks me to sign in to continue.',
      );
    case 'http':
      return outcome.viaProxy && [407, 502, 403].includes(outcome.status)
        ? failedWith('failed', 'environment_error')
        : blocked(`The site answered HTTP ${outcome.status} and would not show the page.`);
    case 'error': {
      const code = browserServerCode(outcome.error);
      if (code === 'NAVIGATION_TIMEOUT') return failedWith('timed_out', 'timeout');
      if (code === 'SELECTOR_NOT_FOUND') return failedWith('failed', 'no_answer');
      return failedWith('failed', 'environment_error');
    }
  }
}

/**
 * The `SessionStatus` object: the live state with the seed's `error_code` / `outcome`, steps and usage.
 *
 * @example
 * sessionStatus(snapshot); // { status: 'running', error: null, error_code: null, outcome: null, steps: 1, usage_per_model: [], subagent_session_ids: [] }
 */
export function sessionStatus(session: SessionSnapshot): Record<string, unknown> {
  return {
    status: session.status,
    error: session.end?.error ?? null,
    error_code: session.end?.error_code ?? null,
    outcome: session.end?.outcome ?? null,
    steps: session.steps,
    usage_per_model: [],
    subagent_session_ids: [],
  };
}

/**
 * The Session object (`POST /api/v2/sessions`, `GET /api/v2/sessions/{id}`).
 *
 * @example
 * sessionObject(snapshot).status.status; // 'pending'
 */
export function sessionObject(session: SessionSnapshot): Record<string, unknown> {
  return {
    id: session.id,
    request: session.request,
    status: sessionStatus(session),
    latest_answer: session.end?.answer ?? null,
    created_at: session.createdAt.toISOString(),
    started_at: session.startedAt?.toISOString() ?? null,
    finished_at: session.finishedAt?.toISOString() ?? null,
  };
}

/**
 * The `TrajectoryChanges` answer of `GET /api/v2/sessions/{id}/changes`: the state, the end's
 * signals and answer, metrics, and the events from `fromIndex` on.
 *
 * @example
 * changesBody(snapshot, 0).new_events.length; // 1 while running
 */
export function changesBody(
  session: SessionSnapshot,
  fromIndex: number,
  includeEvents = true,
): Record<string, unknown> {
  return {
    status: session.status,
    started_at: session.startedAt?.toISOString() ?? null,
    finished_at: session.finishedAt?.toISOString() ?? null,
    error: session.end?.error ?? null,
    error_code: session.end?.error_code ?? null,
    outcome: session.end?.outcome ?? null,
    answer: session.end?.answer ?? null,
    metrics: { steps: session.steps, total_cost: 0, input_cost: 0, output_cost: 0, cost_per_model: [] },
    new_events: includeEvents ? session.events.slice(fromIndex) : [],
  };
}

/**
 * The event a session emits when it enters `status` at `at`.
 *
 * @example
 * statusEvent('running', new Date(0)); // { type: 'StatusEvent', data: { status: 'running' }, timestamp: '1970-01-01T00:00:00.000Z' }
 */
export function statusEvent(status: string, at: Date): SessionEvent {
  return { type: 'StatusEvent', data: { status }, timestamp: at.toISOString() };
}

/** When a session payload outside a simulator says it started and ended (policy mode). */
const FIXED_START = Date.parse('2026-01-20T12:00:00.000Z');

/**
 * What a client reads once a session ended so, outside a simulator (policy mode): the `changes`
 * answer that carries the end, on fixed instants.
 *
 * @example
 * endPayload(successEnd({ price: 1049 })); // { status: 'completed', outcome: 'success', answer: { price: 1049 }, … }
 */
export function endPayload(end: SessionEnd): Record<string, unknown> {
  const createdAt = new Date(FIXED_START);
  const startedAt = new Date(FIXED_START + 1_000);
  const finishedAt = new Date(FIXED_START + 9_000);
  const events = [statusEvent('running', startedAt), statusEvent(end.status, finishedAt)];
  return changesBody(
    { id: '', request: {}, status: end.status, end, createdAt, startedAt, finishedAt, steps: 3, events },
    0,
  );
}
