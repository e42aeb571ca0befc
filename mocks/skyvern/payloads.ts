import type { AgentOutcome } from '../agent/outcome.ts';
import { browserServerCode } from '../agent/browser-server-code.ts';

/** How a run ended (seed 001): its status, its output (a mapped code in `output.error`), `failure_reason`, `errors[]`. */
export interface RunEnd {
  status: string;
  output: unknown;
  failure_reason: string | null;
  errors: unknown[];
}

/** A task run as the platform keeps it at one instant: every Skyvern payload is rendered from this. */
export interface RunSnapshot {
  id: string;
  runType: string;
  status: string;
  /** How it ended, once it has. */
  end: RunEnd | null;
  /** The request with the server's defaults filled in (`run_request`). */
  request: Record<string, unknown>;
  createdAt: Date;
  queuedAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** When the run last changed state. */
  modifiedAt: Date;
  stepCount: number | null;
}

/** The `run_type` and run-id prefix of each engine (the reference's `RunEngine` → `RunType`; task v2 ids are `tsk_v2_…`). */
export const ENGINES: Record<string, { runType: string; idPrefix: string }> = {
  'skyvern-1.0': { runType: 'task_v1', idPrefix: 'tsk_' },
  'skyvern-2.0': { runType: 'task_v2', idPrefix: 'tsk_v2_' },
  'skyvern-3.0': { runType: 'task_v3', idPrefix: 'tsk_' },
  'openai-cua': { runType: 'openai_cua', idPrefix: 'tsk_' },
  'anthropic-cua': { runType: 'anthropic_cua', idPrefix: 'tsk_' },
  'ui-tars': { runType: 'ui_tars', idPrefix: 'tsk_' },
  'yutori-navigator': { runType: 'yutori_navigator', idPrefix: 'tsk_' },
};

/** The engine a request gets when it names none (the reference's default). */
export const DEFAULT_ENGINE = 'skyvern-1.0';

/**
 * How a run ended, from a fate's fields: the seed's four fields, defaulted like a run that reports nothing.
 *
 * @example
 * runEnd({ status: 'terminated', output: { error: 'login_failed' } }); // { status: 'terminated', output: { error: 'login_failed' }, failure_reason: null, errors: [] }
 */
export function runEnd(fields: Record<string, unknown>): RunEnd {
  return {
    status: String(fields.status),
    output: fields.output ?? null,
    failure_reason: (fields.failure_reason ?? null) as string | null,
    errors: Array.isArray(fields.errors) ? fields.errors : [],
  };
}

/**
 * A run that completed with `answer` as its output.
 *
 * @example
 * successEnd({ price: 1049 }).status; // 'completed'
 */
export function successEnd(answer: unknown): RunEnd {
  return { status: 'completed', output: answer, failure_reason: null, errors: [] };
}

/**
 * How Skyvern reports what its agent met in the real browser: walls and error pages terminate the
 * run with the mapped codes of seed 001 (`captcha_required`, `login_failed`, `rate_limited`,
 * `maintenance`, `not_found`), a navigation timeout times it out, anything else fails it (an
 * infrastructure failure) with the browser's first error line as `failure_reason`.
 *
 * @example
 * agentEnd({ type: 'wall', wall: 'login' }).output; // { error: 'login_failed' }
 */
export function agentEnd(outcome: AgentOutcome): RunEnd {
  const end = (status: string, fields: Partial<RunEnd> = {}): RunEnd => ({
    status,
    output: null,
    failure_reason: null,
    errors: [],
    ...fields,
  });
  switch (outcome.type) {
    case 'answer':
      return successEnd(outcome.answer);
    case 'wall':
      return outcome.wall === 'captcha'
        ? end('terminated', {
            failure_reason: 'CAPTCHA verification is shown',
            errors: [{ error_code: 'captcha_required', reasoning: 'A CAPTCHA blocks the page' }],
          })
        : end('terminated', { output: { error: 'login_failed' }, failure_reason: 'Login is required to continue' });
    case 'http':
      if (outcome.viaProxy && [407, 502, 403].includes(outcome.status))
        return end('failed', { failure_reason: `Proxy answered HTTP ${outcome.status}` });
      return outcome.status === 429
        ? end('terminated', { output: { error: 'rate_limited' }, failure_reason: 'Too many requests' })
        : end('terminated', {
            output: { error: 'maintenance' },
            failure_reason: `The website is unavailable (HTTP ${outcome.status})`,
          });
    case 'error': {
      const code = browserServerCode(outcome.error);
      if (code === 'NAVIGATION_TIMEOUT') return end('timed_out', { failure_reason: 'Exceeded the time limit' });
      if (code === 'SELECTOR_NOT_FOUND')
        return end('terminated', {
          output: { error: 'not_found' },
          failure_reason: 'The target data is not on the page',
        });
      return end('failed', { failure_reason: outcome.error.message.split('\n')[0]! });
    }
  }
}

/** A datetime as Skyvern serializes it: naive ISO 8601 with microseconds (`2026-01-20T12:00:00.000000`). */
function skyvernTime(at: Date): string {
  return `${at.toISOString().slice(0, 23)}000`;
}

/**
 * The `TaskRunResponse` of a run (`run_task`, `get_run`): every field of the reference, the
 * required ones always set, timestamps set once when the state changed.
 *
 * @example
 * runResponse(snapshot).run_type; // 'task_v1'
 */
export function runResponse(run: RunSnapshot): Record<string, unknown> {
  const time = (at: Date | null) => (at ? skyvernTime(at) : null);
  return {
    run_id: run.id,
    status: run.status,
    output: run.end?.output ?? null,
    downloaded_files: run.end ? [] : null,
    recording_url: null,
    recording_archived: false,
    screenshot_urls: null,
    failure_reason: run.end?.failure_reason ?? null,
    created_at: skyvernTime(run.createdAt),
    modified_at: skyvernTime(run.modifiedAt),
    queued_at: time(run.queuedAt),
    started_at: time(run.startedAt),
    finished_at: time(run.finishedAt),
    app_url: null,
    browser_session_id: run.request.browser_session_id ?? null,
    browser_profile_id: run.request.browser_profile_id ?? null,
    max_screenshot_scrolls: run.request.max_screenshot_scrolls ?? null,
    script_run: null,
    errors: run.end?.errors ?? [],
    step_count: run.stepCount,
    run_type: run.runType,
    run_request: run.request,
  };
}

/**
 * The body of the webhook a finished run posts (the webhooks page): the run as `get_run` answers it,
 * with `task_id`, `webhook_callback_url` and `webhook_failure_reason`.
 *
 * @example
 * webhookPayload(snapshot, 'http://127.0.0.1:8080/hook').task_id === snapshot.id; // true
 */
export function webhookPayload(run: RunSnapshot, url: string): Record<string, unknown> {
  return { ...runResponse(run), task_id: run.id, webhook_callback_url: url, webhook_failure_reason: null };
}

/** The request fields a task run's `run_request` carries over from the request (Skyvern's `run_task`); the rest read as their defaults. */
const ECHOED = [
  'prompt',
  'url',
  'engine',
  'webhook_url',
  'totp_identifier',
  'totp_url',
  'proxy_location',
  'max_steps',
  'data_extraction_schema',
  'error_code_mapping',
  'browser_session_id',
  'start_fresh_browser',
  'max_screenshot_scrolls',
];

/**
 * The request as the run echoes it (`run_request`): every `TaskRunRequest` field, the ones Skyvern
 * carries over from the request, the reference's defaults for the others (so headers the client
 * sent, such as `extra_http_headers`, are not echoed).
 *
 * @example
 * requestEcho({ prompt: 'p' }).engine; // 'skyvern-1.0'
 */
export function requestEcho(request: Record<string, unknown>): Record<string, unknown> {
  const defaults: Record<string, unknown> = {
    prompt: '',
    url: null,
    engine: DEFAULT_ENGINE,
    title: null,
    proxy_location: 'RESIDENTIAL',
    data_extraction_schema: null,
    error_code_mapping: null,
    max_steps: null,
    webhook_url: null,
    totp_identifier: null,
    totp_url: null,
    browser_session_id: null,
    browser_profile_id: null,
    start_fresh_browser: false,
    model: null,
    extra_http_headers: null,
    cdp_connect_headers: null,
    publish_workflow: false,
    include_action_history_in_verification: false,
    max_screenshot_scrolls: null,
    browser_address: null,
    run_with: null,
  };
  return {
    ...defaults,
    ...Object.fromEntries(ECHOED.filter((key) => request[key] !== undefined).map((key) => [key, request[key]])),
  };
}

/** When a run payload outside a simulator says it was created (policy mode). */
const FIXED_START = Date.parse('2026-01-20T11:58:57.000Z');

/**
 * What a client reads once a run ended so, outside a simulator (policy mode): the run `get_run`
 * answers, on fixed instants.
 *
 * @example
 * endPayload(successEnd({ price: 1049 }), 'tsk_1').status; // 'completed'
 */
export function endPayload(end: RunEnd, id: string): Record<string, unknown> {
  const at = (s: number) => new Date(FIXED_START + s * 1_000);
  return runResponse({
    id,
    runType: 'task_v1',
    status: end.status,
    end,
    request: requestEcho({ prompt: 'Find the current price of the Framework 13 laptop' }),
    createdAt: at(0),
    queuedAt: at(1),
    startedAt: at(3),
    finishedAt: at(94),
    modifiedAt: at(94),
    stepCount: 4,
  });
}
