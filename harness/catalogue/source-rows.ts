/**
 * Every row of every table in the four seed documents (`../shared/seeds/`), one entry each, with
 * a stable id `<provider>:<table>:<code>`. A scenario's `sources` must name ids from this list
 * (checked when the file loads); `faultline coverage` maps each row to the scenarios that cover it.
 *
 * `from` says where in the seed a row comes from:
 * - `table`: a row of a table of the seed (the bulk of the list);
 * - `text`: a value the seed names in its prose, lists or code samples (the `null` outcome, the
 *   SDK's normalized legacy codes, the `error_code_mapping` examples, statuses a session ends in);
 * - `design`: not in a seed; the Playwright errors DESIGN.md's taxonomy names, and HTTP answers
 *   the seeds point to (H Company's "Errors" page, Skyvern's HTTP errors, a problem API's statuses).
 *
 * `exempt`, when set, says why no policy scenario can cover the row; `coverage` lists such rows
 * apart and does not count them as uncovered.
 */

/** The seed documents, by file name (in `../shared/seeds/`), and DESIGN.md. */
export const SEEDS = {
  hcompany: '000_69998e62645096a6.txt',
  skyvern: '001_ad5773edc6a6749e.txt',
  webcompute: '002_f8d18aaab3482e74.txt',
  problem: '003_cd0c5de39d1ed1e5.txt',
  design: 'DESIGN.md',
} as const;

/** Where a row comes from: a seed table, the seed's text, or DESIGN.md. */
export type RowOrigin = 'table' | 'text' | 'design';

/** One seed row. */
export interface SourceRow {
  /** `<provider>:<table>:<code>`, e.g. `hcompany:error_code:no_answer`. */
  id: string;
  /** What the row means, in one line (the seed's own words where it has them). */
  description: string;
  /** The file the row comes from (see {@link SEEDS}). */
  seed: (typeof SEEDS)[keyof typeof SEEDS];
  from: RowOrigin;
  /** Why no policy scenario can cover this row; absent for coverable rows. */
  exempt?: string;
}

type Rows = Record<string, string>;

function table(prefix: string, seed: SourceRow['seed'], from: RowOrigin, rows: Rows): SourceRow[] {
  return Object.entries(rows).map(([code, description]) => ({ id: `${prefix}:${code}`, description, seed, from }));
}

const H = SEEDS.hcompany;
const S = SEEDS.skyvern;
const W = SEEDS.webcompute;
const P = SEEDS.problem;
const D = SEEDS.design;

const PENDING = 'non-terminal: the run is still in progress; a policy scenario needs a terminal payload (the client keeps polling)';

/** Every known seed row, in seed order. */
export const SOURCE_ROWS: readonly SourceRow[] = [
  // ── 000 H Company: "Handling failures" ───────────────────────────────────────────────────
  ...table('hcompany:error_code', H, 'table', {
    environment_error: 'The session\'s environment (browser, desktop) failed to provision or crashed; retry as is',
    no_answer: 'The agent ran out of budget or stopped without an answer; retry with a higher budget or a more focused task',
    answer_validation: 'Every answer failed to match answer_format; simplify the schema or loosen required fields',
    timeout: 'The session exceeded its maximum allowed time (status timed_out); retry with a higher max_time_s or a smaller task',
    internal: 'An unexpected platform-side error; retry once, if it persists contact support',
  }),
  ...table('hcompany:error_code', H, 'text', {
    unknown: 'New codes may be added over time: treat unknown values like internal',
  }),
  ...table('hcompany:outcome', H, 'table', {
    success: 'The task was fully accomplished',
    partial: 'Some of the task was accomplished, but not all of it',
    infeasible: 'The task cannot be accomplished as specified; retrying is usually pointless',
    blocked: 'An external obstacle stopped progress: a login wall, captcha, or missing permissions',
  }),
  ...table('hcompany:outcome', H, 'text', {
    null: 'The agent ended without reporting an outcome: inspect before trusting',
  }),
  ...table('hcompany:status', H, 'text', {
    completed: 'The session completed; check outcome before trusting the answer',
    failed: 'The session failed; error_code says why',
    timed_out: 'The session timed out; error_code is timeout',
  }),
  ...table('hcompany:http', H, 'design', {
    401: 'HTTP 401 for a missing or invalid API key (the seed points to the Errors page for 4xx/5xx envelopes)',
    402: 'HTTP 402: the account\'s quota is spent (4xx envelope, Errors page)',
    403: 'HTTP 403: the key may not use this agent (4xx envelope, Errors page)',
    409: 'HTTP 409: a request with the same Idempotency-Key is still being processed',
    429: 'HTTP 429 rate limits (the seed\'s "rate limits" on the Errors page), here too many concurrent sessions',
    502: 'HTTP 502 from a gateway in front of the API, HTML body (5xx envelope, Errors page)',
    503: 'HTTP 503: the API is temporarily unavailable (5xx envelope, Errors page)',
  }),
  ...table('hcompany:transport', H, 'design', {
    ECONNRESET: 'The connection to the API is reset mid-request',
    malformed: 'A 2xx session status whose body is cut off or not JSON',
  }),

  // ── 001 Skyvern: "Error Handling" ────────────────────────────────────────────────────────
  ...table('skyvern:status', S, 'table', {
    created: 'Run initialized, not yet queued',
    queued: 'Waiting for an available browser',
    running: 'AI is navigating and executing',
    completed: 'Success. Check output for results',
    failed: 'System error (browser crash, network failure, exception); retry might work',
    terminated: 'AI determined the goal is unachievable (login blocked, page unavailable); no retry without changes',
    timed_out: 'Exceeded max_steps or time limit',
    canceled: 'Manually stopped',
  }).map((row) => (/:(created|queued|running)$/.test(row.id) ? { ...row, exempt: PENDING } : row)),
  ...table('skyvern:field', S, 'text', {
    failure_reason: 'Free-text description of what went wrong: for logging, never for branching',
  }),
  ...table('skyvern:error_location', S, 'table', {
    polling_response: 'run.output.error in a get_run polling response',
    webhook_payload: 'output.error in a webhook payload, same structure as polling',
    successful_run: 'A successful run: output holds the extracted data, no error key',
  }),
  ...table('skyvern:validation_block', S, 'table', {
    complete_criterion: 'Condition that must be true to continue to the next block',
    terminate_criterion: 'Condition that stops the agent immediately',
    error_code_mapping: 'Maps termination conditions to your error codes',
  }),
  ...table('skyvern:error_code', S, 'table', {
    login_failed: 'Credentials wrong, account locked, or MFA: refresh credentials, retry',
    captcha_required: 'CAPTCHA blocking automation: human_interaction block or browser profile',
    not_found: 'Target data doesn\'t exist: return empty result, don\'t retry',
    maintenance: 'Site temporarily down: schedule retry with backoff',
    rate_limited: 'Too many requests: add delays, use different proxy',
    access_denied: 'Permission issue: check account permissions',
    timeout: 'Task took too long: increase max_steps, simplify task',
  }),
  ...table('skyvern:mapping', S, 'text', {
    mfa_required: 'error_code_mapping example: two-factor authentication is being requested',
    captcha_blocked: 'error_code_mapping example: CAPTCHA is displayed and cannot be bypassed',
    session_expired: 'error_code_mapping example (validation block): session timeout message appeared',
    invoice_not_found: 'error_code_mapping example: no invoice for the requested date (a user-defined code)',
    download_failed: 'error_code_mapping example: invoice exists but the download button is broken (a user-defined code)',
  }),
  ...table('skyvern:http', S, 'design', {
    404: 'HTTP 404 for a run id that does not exist',
    422: 'HTTP 422 with FastAPI\'s detail list: the request body is invalid',
    429: 'HTTP 429 with an HTML body and Retry-After',
    500: 'HTTP 500 {"error": …}: a server-side failure',
  }),
  ...table('skyvern:transport', S, 'design', {
    ECONNREFUSED: 'The API refuses the connection',
  }),

  // ── 002 Webcompute: errors ───────────────────────────────────────────────────────────────
  ...table('webcompute:sdk_class', W, 'table', {
    AuthenticationError: '401: missing or invalid API key',
    ValidationError: '400: invalid request shape or parameter',
    NotFoundError: '404: browser, resource, or endpoint not found',
    ConflictError: '409: browser is in the wrong state or another operation is in progress',
    RateLimitError: '429: rate limit or quota reached',
    PayloadTooLargeError: '413: request or payload exceeds a limit',
    ResourceLimitError: 'varies: resource or concurrency limit',
    TimeoutError: '504: browser health or quick-action timeout',
    BrowserUnavailableError: 'varies: browser runtime unavailable, unhealthy, or crashed',
    RequestAbortedError: 'varies: caller aborted the request',
    ConnectionError: 'varies: network connection failure',
    InternalError: '5xx: server-side failure',
    BrowserPolicyTipError: '400: policy-aware navigation produced a blocking policy tip',
    WebcomputeError: 'varies: base class for SDK API errors',
  }),
  ...table('webcompute:error_field', W, 'table', {
    statusCode: 'HTTP status code',
    type: 'Normalized category',
    code: 'Normalized machine code',
    requestId: 'Request ID when supplied',
    retryable: 'Whether the SDK considers the error retryable',
    next: 'Suggested next action',
    param: 'Parameter associated with the failure when known',
    details: 'Redacted structured details',
    helpUrl: 'Documentation URL for known errors',
  }),
  ...table('webcompute:http_status', W, 'table', {
    400: 'Invalid request shape or parameter',
    401: 'Missing or invalid API key',
    403: 'Permission denied',
    404: 'Browser, resource, or endpoint not found',
    409: 'Browser not ready, invalid lifecycle transition, idempotency conflict, or operation in progress',
    413: 'Payload too large',
    429: 'Rate limit or resource limit reached',
    500: 'Internal platform error',
    502: 'Upstream/browser configuration failure',
    503: 'Service unavailable',
    504: 'Timeout',
  }),
  ...table('webcompute:gateway', W, 'table', {
    INVALID_PARAMS: '400: invalid request parameters',
    UNAUTHORIZED: '401: missing or invalid Webcompute API key',
    BROWSER_NOT_FOUND: '404: browser does not exist or is no longer available',
    SESSION_NOT_FOUND: '404: legacy/session alias for missing browser state',
    BROWSER_WRONG_STATE: '409: browser is not in a state that supports the operation',
    SESSION_WRONG_STATE: '409: legacy/session alias for wrong browser state',
    browser_configuring: '409: browser is still configuring; retry after readiness changes',
    idempotency_key_reused: '409: idempotency key was reused with a conflicting request',
    operation_in_progress: '409: another operation is in progress',
    RATE_LIMITED: '429: rate limit reached',
    CONCURRENT_LIMIT: '429: concurrency limit reached',
    DAYTONA_ERROR: '502: upstream sandbox/runtime provider error',
    BROWSER_CONFIGURE_FAILED: '502: browser configuration failed',
    BROWSER_HEALTH_TIMEOUT: '504: browser did not become healthy before timeout',
    QUICK_ACTION_TIMEOUT: '504: ephemeral quick action did not finish before timeout',
    INTERNAL_ERROR: '500: internal platform failure',
  }),
  ...table('webcompute:normalized', W, 'text', {
    invalid_request: 'SDK-normalized code for an invalid request',
    authentication_failed: 'SDK-normalized code for a refused API key',
    browser_not_found: 'SDK-normalized code for a missing browser',
    operation_in_progress: 'SDK-normalized code for another operation in progress',
    rate_limited: 'SDK-normalized code for a rate limit',
    quota_exceeded: 'SDK-normalized code for a spent quota',
    payload_too_large: 'SDK-normalized code for a payload over the limit',
    upstream_timeout: 'SDK-normalized code for an upstream timeout',
    internal_error: 'SDK-normalized code for a server-side failure',
    browser_unavailable: 'SDK-normalized code for an unavailable or crashed browser runtime',
    operation_cancelled: 'SDK-normalized code for a cancelled operation',
  }),
  ...table('webcompute:browser_server', W, 'table', {
    BROWSER_LAUNCH_FAILED: 'Chrome could not launch',
    BROWSER_CRASHED: 'Browser crashed during work',
    NAVIGATION_TIMEOUT: 'Navigation exceeded its timeout',
    NAVIGATION_FAILED: 'Navigation failed for a non-timeout reason',
    SELECTOR_NOT_FOUND: 'Requested selector was not found',
    CAPTCHA_SOLVE_FAILED: 'CAPTCHA resolution failed',
    PROXY_CONNECTION_FAILED: 'Browser could not connect through the configured proxy',
    SCREENSHOT_FAILED: 'Screenshot capture failed',
    PDF_FAILED: 'PDF generation failed',
    EXECUTE_FAILED: 'Playwright execution failed',
  }),
  ...table('webcompute:retry_config', W, 'table', {
    maxRetries: 'maxRetries: 3, retries are bounded',
    initialIntervalMs: 'initialIntervalMs: 500, the first backoff is not immediate',
    maxIntervalMs: 'maxIntervalMs: 30000, backoff is capped',
    exponent: 'exponent: 1.5, backoff grows',
    jitter: 'jitter: true, backoff is jittered',
    retryableStatusCodes: 'retryableStatusCodes: [429, 500, 502, 503, 504]',
    retryConnectionErrors: 'retryConnectionErrors: true, network connection errors are retried',
  }),
  ...table('webcompute:next', W, 'text', {
    change_request: 'Do not retry blindly: the request must change',
    authenticate: 'Do not retry blindly: authenticate first',
    abort: 'Do not retry blindly: stop',
  }),
  ...table('webcompute:execute', W, 'table', {
    success: 'Whether the Playwright code completed',
    error: 'Execution error details',
    logs: 'Console logs captured during execution',
    status: 'Compact runtime status when requested',
    observation: 'Page observation when requested',
    artifacts: 'Screenshot, recording, or generated-file artifacts',
  }),

  // ── 003 RFC 9457 Problem Details with agent extensions ───────────────────────────────────
  ...table('problem:field', P, 'table', {
    type: 'Stable type URI: agents branch on it, not on status or prose',
    title: 'Short human-readable summary of the problem type',
    status: 'The HTTP status code',
    detail: 'Human-readable explanation of this occurrence',
    instance: 'URI of this occurrence',
  }),
  ...table('problem:extension', P, 'table', {
    is_retriable: 'Whether retrying unchanged can succeed',
    retry_after_ms: 'How long to wait before retrying',
    doc_uri: 'Documentation for the error',
    trace_id: 'Trace id for support',
    suggestions: 'Concrete next steps',
    errors: 'Per-field validation errors',
  }),
  ...table('problem:idempotency', P, 'text', {
    key_reused: 'Idempotency-Key reused with a different body: a caller bug',
    in_flight: 'Idempotency-Key: the first request with this key is still being processed; retry the same key later',
  }),
  ...table('problem:status', P, 'design', {
    400: 'about:blank problem with status 400',
    401: 'problem with status 401: credentials refused',
    402: 'problem with status 402: payment or quota required',
    403: 'problem with status 403: permission denied',
    404: 'problem with status 404: the resource does not exist',
    408: 'problem with status 408: the server timed the request out',
    409: 'problem with status 409: the resource is in a conflicting state',
    413: 'problem with status 413: the request is too large',
    422: 'problem with status 422: validation failed',
    429: 'problem with status 429: rate limited',
    500: 'problem with status 500: internal error',
    502: 'problem with status 502: upstream failure',
    503: 'problem with status 503: unavailable',
    504: 'problem with status 504: timeout',
  }),
  ...table('problem:transport', P, 'text', {
    ECONNREFUSED: 'A transient network failure (retry patterns): connection refused',
    ECONNRESET: 'A transient network failure (retry patterns): connection reset',
    malformed: 'A 2xx answer whose body cannot be read',
  }),

  // ── Plain Playwright (DESIGN.md's taxonomy; no seed) ────────────────────────────────────
  ...table('playwright:error', D, 'design', {
    TimeoutError: 'Playwright TimeoutError on goto or a locator wait',
    browser_closed: 'Browser closed under the page (the browser process died)',
    launch_failed: 'Failed to launch: the executable does not exist',
    screenshot: 'page.screenshot failed',
    target_closed: 'Target page, context or browser has been closed',
    target_crashed: 'Target crashed (the renderer died)',
  }),
  ...table('playwright:net_error', D, 'design', {
    ERR_CONNECTION_RESET: 'net::ERR_CONNECTION_RESET on navigation',
    ERR_PROXY_CONNECTION_FAILED: 'net::ERR_PROXY_CONNECTION_FAILED: nothing listens on the proxy port',
    ERR_TOO_MANY_REDIRECTS: 'net::ERR_TOO_MANY_REDIRECTS: a redirect loop',
  }),
  ...table('playwright:route_abort', D, 'design', {
    connectionreset: 'A page fetch aborted with route.abort("connectionreset")',
  }),
  ...table('playwright:answer', D, 'design', {
    schema: 'The answer read from the page does not match the task\'s schema',
  }),
];

/** Every known row id. */
export const SOURCE_ROW_IDS: ReadonlySet<string> = new Set(SOURCE_ROWS.map((row) => row.id));

/**
 * The known ids closest to `id` (edit distance, ties by id), for "did you mean" messages.
 *
 * @example
 * nearestRowIds('hcompany:error_code:no_anwser'); // ['hcompany:error_code:no_answer', …]
 */
export function nearestRowIds(id: string, count = 3): string[] {
  return SOURCE_ROWS.map((row) => ({ id: row.id, distance: editDistance(id.toLowerCase(), row.id.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((row) => row.id);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
