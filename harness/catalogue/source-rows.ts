import { byCodeUnits } from '../shared/sort.ts';
/**
 * Every row of every table in the four seed documents (`docs/seeds/`), one entry each, with a
 * stable id `<provider>:<table>:<code>`, and the few answers no seed describes that the catalogue
 * still covers. A scenario's `sources` must name ids from this list (checked when the file
 * loads); `faultline coverage` maps each row to the scenarios that cover it.
 *
 * Each row that cites a seed carries `quote`, a short verbatim excerpt of that seed showing what
 * the row stands for; `tests/catalogue/source-rows.test.ts` checks every excerpt occurs in its
 * seed. `from` says where in the seed a row comes from:
 * - `table`: a row of a table of the seed (the bulk of the list; seed 002's tables lost their
 *   column separators, and are quoted as they are);
 * - `text`: a value the seed names in its prose, lists or code samples (the `null` outcome, the
 *   SDK's normalized legacy codes, the `error_code_mapping` examples, the default retry config,
 *   the problem fields and agent extensions, and the fields of a command-line tool's JSON error);
 * - `design`: not in a seed: answers a seed only points to (H Company's "Errors" page, a problem
 *   API's statuses; `quote` is then the pointer), answers of the wire (refused connections,
 *   truncated bodies), and Playwright's own errors (DESIGN's taxonomy). `reference` names the
 *   public reference the row's facts come from, when there is one.
 *
 * `exempt`, when set, says why no policy scenario can cover the row; `coverage` lists such rows
 * apart and does not count them as uncovered.
 */

/** The seed documents, by file name (in `docs/seeds/`). */
export const SEEDS = {
  hcompany: '000_69998e62645096a6.txt',
  skyvern: '001_ad5773edc6a6749e.txt',
  webcompute: '002_f8d18aaab3482e74.txt',
  problem: '003_cd0c5de39d1ed1e5.txt',
} as const;

/** Where the seed documents live, relative to the repository root. */
export const SEED_DIR = 'docs/seeds';

/** One of the seed files. */
export type SeedFile = (typeof SEEDS)[keyof typeof SEEDS];

/** Where a row comes from: a seed table, the seed's text, or neither (design). */
export type RowOrigin = 'table' | 'text' | 'design';

/** One seed row. */
export interface SourceRow {
  /** `<provider>:<table>:<code>`, e.g. `hcompany:error_code:no_answer`. */
  id: string;
  /** What the row means, in one line (the seed's own words where it has them). */
  description: string;
  /** The seed the row cites; null for a row no seed says anything about. */
  seed: SeedFile | null;
  from: RowOrigin;
  /** A short verbatim excerpt of `seed` (whitespace runs count as one space); null without a seed. */
  quote: string | null;
  /** The public reference a `design` row's facts come from, when there is one. */
  reference?: string;
  /** Why no policy scenario can cover this row; absent for coverable rows. */
  exempt?: string;
}

/** A row's description and its verbatim excerpt of the seed. */
type Quoted = Record<string, readonly [description: string, quote: string]>;

/** Rows of one seed table (or one list in its text), each with its excerpt. */
function quoted(prefix: string, seed: SeedFile, from: 'table' | 'text', rows: Quoted): SourceRow[] {
  return Object.entries(rows).map(([code, [description, quote]]) => ({
    id: `${prefix}:${code}`,
    description,
    seed,
    from,
    quote,
  }));
}

/** Rows no seed describes; `basis` is the seed that points to them (with the pointer's words) and the public reference, if any. */
function design(
  prefix: string,
  basis: { seed?: SeedFile; quote?: string; reference?: string },
  rows: Record<string, string>,
): SourceRow[] {
  const { seed = null, quote = null, reference } = basis;
  return Object.entries(rows).map(([code, description]) => ({
    id: `${prefix}:${code}`,
    description,
    seed,
    from: 'design',
    quote,
    ...(reference ? { reference } : {}),
  }));
}

const H = SEEDS.hcompany;
const S = SEEDS.skyvern;
const W = SEEDS.webcompute;
const P = SEEDS.problem;

const PENDING =
  'non-terminal: the run is still in progress; a policy scenario needs a terminal payload (the client keeps polling)';
const REQUEST_SIDE =
  'a request parameter: a run the handler sees carries only the code it ended with, never a criterion that held';
const H_ERRORS_POINTER =
  '[Errors](/computer-use-agents/errors) for HTTP-level error handling (4xx/5xx envelopes, rate limits).';
const WEBCOMPUTE_NEXT = 'Do not retry blindly when next is change_request, authenticate, or abort.';
const PROBLEM_FIELDS = 'RFC 9457 Problem Details: type URI, title, status, detail, instance';
const PROBLEM_EXTENSIONS = 'retry_after_ms, doc_uri, trace_id, suggestions[], errors[] that enable autonomous recovery';
const CLI_LINE = 'CLI Errors — exit codes, structured JSON output, and stable error codes for command-line tools';
const SYSEXITS = 'https://man.freebsd.org/sysexits(3)';
const PROBLEM_IDEMPOTENCY =
  'Idempotency-Key header pattern and server-side deduplication for safe retries on write operations';

/** Every known seed row, in seed order. */
export const SOURCE_ROWS: readonly SourceRow[] = [
  // ── 000 H Company: "Handling failures" ───────────────────────────────────────────────────
  ...quoted('hcompany:error_code', H, 'table', {
    environment_error: [
      "The session's environment (browser, desktop) failed to provision or crashed; retry as is",
      "`environment_error` | The session's environment (browser, desktop) failed to provision or crashed. | Yes, as is.",
    ],
    no_answer: [
      'The agent ran out of budget or stopped without an answer; retry with a higher budget or a more focused task',
      '`no_answer` | The agent ran out of budget (`max_steps` / `max_time_s`) or stopped without producing an answer. | Yes, with a higher budget or a more focused task.',
    ],
    answer_validation: [
      'Every answer failed to match answer_format; simplify the schema or loosen required fields',
      "`answer_validation` | The agent answered, but every attempt failed to match the agent's `answer_format`. | Maybe. Simplify the schema, or loosen required fields.",
    ],
    timeout: [
      'The session exceeded its maximum allowed time (status timed_out); retry with a higher max_time_s or a smaller task',
      '`timeout` | The session exceeded its maximum allowed time (`status` is `timed_out`). | Yes, with a higher `max_time_s` or a smaller task.',
    ],
    internal: [
      'An unexpected platform-side error; retry once, if it persists contact support',
      '`internal` | An unexpected platform-side error. | Yes, once; if it persists, contact support.',
    ],
  }),
  ...quoted('hcompany:error_code', H, 'text', {
    unknown: [
      'New codes may be added over time: treat unknown values like internal',
      'new codes may be added over time, so treat unknown values like `internal`',
    ],
  }),
  ...quoted('hcompany:outcome', H, 'table', {
    success: ['The task was fully accomplished', '`success` | The task was fully accomplished.'],
    partial: [
      'Some of the task was accomplished, but not all of it',
      '`partial` | Some of the task was accomplished, but not all of it.',
    ],
    infeasible: [
      'The task cannot be accomplished as specified; retrying is usually pointless',
      '`infeasible` | The task cannot be accomplished as specified (e.g. the requested item does not exist).',
    ],
    blocked: [
      'An external obstacle stopped progress: a login wall, captcha, or missing permissions',
      '`blocked` | An external obstacle stopped progress: a login wall, captcha, or missing permissions.',
    ],
  }),
  ...quoted('hcompany:outcome', H, 'text', {
    null: [
      'The agent ended without reporting an outcome: inspect before trusting',
      '`outcome` is `null` when the agent ended without reporting one',
    ],
    default: [
      'Any other outcome (partial, null, one the seed does not list) goes to review: inspect before trusting',
      'default: // "partial", null: inspect before trusting',
    ],
  }),
  ...quoted('hcompany:status', H, 'text', {
    completed: [
      'The session completed; check outcome before trusting the answer',
      'A session can be `completed` and still not have done what you asked, so check `outcome` before trusting the answer.',
    ],
    failed: [
      'The session failed; error_code says why',
      "When one ends `failed` or `timed_out`, the session's status carries two machine-readable signals",
    ],
    timed_out: [
      'The session timed out; error_code is timeout',
      'The session exceeded its maximum allowed time (`status` is `timed_out`).',
    ],
  }),
  ...design(
    'hcompany:http',
    { seed: H, quote: H_ERRORS_POINTER, reference: 'https://hub.hcompany.ai/agent-api/errors' },
    {
      401: 'HTTP 401 for a missing or invalid API key, a {"message": …} body from the API gateway',
      402: "HTTP 402: the account's quota is spent (Faultline's example of a 4xx envelope)",
      403: 'HTTP 403: valid credentials, insufficient permissions (the key may not use this agent)',
      409: 'HTTP 409: an identical idempotent request is still in flight (same Idempotency-Key before the first one finished)',
      502: "HTTP 502 from a gateway in front of the API, HTML body (Faultline's example of a 5xx)",
      503: "HTTP 503: the API is temporarily unavailable (Faultline's example of a 5xx)",
    },
  ),
  ...design(
    'hcompany:http',
    { seed: H, quote: H_ERRORS_POINTER, reference: 'https://hub.hcompany.ai/agent-api/rate-limits' },
    {
      429: "HTTP 429 when creating a session at the limit: H's limits are concurrency limits, not request-rate limits",
    },
  ),
  ...design(
    'hcompany:transport',
    {},
    {
      ECONNRESET: 'The connection to the API is reset mid-request',
      malformed: 'A 2xx session status whose body is cut off or not JSON',
    },
  ),

  // ── 001 Skyvern: "Error Handling" ────────────────────────────────────────────────────────
  ...quoted('skyvern:status', S, 'table', {
    created: ['Run initialized, not yet queued', '`created` | Run initialized, not yet queued'],
    queued: ['Waiting for an available browser', '`queued` | Waiting for an available browser'],
    running: ['AI is navigating and executing', '`running` | AI is navigating and executing'],
    completed: ['Success. Check output for results', '`completed` | Success. Check `output` for results'],
    failed: [
      'System error (browser crash, network failure, exception); retry might work',
      '`failed` | System error (browser crash, network failure, exception)',
    ],
    terminated: [
      'AI determined the goal is unachievable (login blocked, page unavailable); no retry without changes',
      '`terminated` | AI determined the goal is unachievable (login blocked, page unavailable)',
    ],
    timed_out: ['Exceeded max_steps or time limit', '`timed_out` | Exceeded `max_steps` or time limit'],
    canceled: ['Manually stopped', '`canceled` | Manually stopped'],
  }).map((row) => (/:(created|queued|running)$/.test(row.id) ? { ...row, exempt: PENDING } : row)),
  ...quoted('skyvern:field', S, 'text', {
    failure_reason: [
      'Free-text description of what went wrong: for logging, never for branching',
      'the `failure_reason` field contains a description of what went wrong. This is a free-text string, useful for logging but hard to branch on programmatically.',
    ],
  }),
  ...quoted('skyvern:error_location', S, 'table', {
    polling_response: ['run.output.error in a get_run polling response', 'Polling response | `run.output.error`'],
    webhook_payload: [
      'output.error in a webhook payload, same structure as polling',
      'Webhook payload | `output.error` | Same structure as polling',
    ],
    successful_run: [
      'A successful run: output holds the extracted data, no error key',
      'Successful run | `output` contains your extracted data | No `error` key present',
    ],
  }),
  ...quoted('skyvern:validation_block', S, 'table', {
    complete_criterion: [
      'Condition that must be true to continue to the next block',
      '`complete_criterion` | Condition that must be true to continue to the next block',
    ],
    terminate_criterion: [
      'Condition that stops the agent immediately',
      '`terminate_criterion` | Condition that stops the agent immediately',
    ],
    error_code_mapping: [
      'Maps termination conditions to your error codes',
      '`error_code_mapping` | Maps termination conditions to your error codes',
    ],
  }).map((row) => (row.id.endsWith(':complete_criterion') ? { ...row, exempt: REQUEST_SIDE } : row)),
  ...quoted('skyvern:error_code', S, 'table', {
    login_failed: [
      'Credentials wrong, account locked, or MFA: refresh credentials, retry',
      '`login_failed` | Credentials wrong, account locked, or MFA | Refresh credentials, retry',
    ],
    captcha_required: [
      'CAPTCHA blocking automation: human_interaction block or browser profile',
      '`captcha_required` | CAPTCHA blocking automation | Use `human_interaction` block or browser profile',
    ],
    not_found: [
      "Target data doesn't exist: return empty result, don't retry",
      "`not_found` | Target data doesn't exist | Return empty result, don't retry",
    ],
    maintenance: [
      'Site temporarily down: schedule retry with backoff',
      '`maintenance` | Site temporarily down | Schedule retry with backoff',
    ],
    rate_limited: [
      'Too many requests: add delays, use different proxy',
      '`rate_limited` | Too many requests | Add delays, use different proxy',
    ],
    access_denied: [
      'Permission issue: check account permissions',
      '`access_denied` | Permission issue | Check account permissions',
    ],
    timeout: [
      'Task took too long: increase max_steps, simplify task',
      '`timeout` | Task took too long | Increase `max_steps`, simplify task',
    ],
  }),
  ...quoted('skyvern:mapping', S, 'text', {
    mfa_required: [
      'error_code_mapping example: two-factor authentication is being requested',
      'mfa_required: "Two-factor authentication is being requested"',
    ],
    captcha_blocked: [
      'error_code_mapping example: CAPTCHA is displayed and cannot be bypassed',
      'captcha_blocked: "CAPTCHA is displayed and cannot be bypassed"',
    ],
    session_expired: [
      'error_code_mapping example (validation block): session timeout message appeared',
      '"session_expired": "Session timeout message appeared"',
    ],
    invoice_not_found: [
      'error_code_mapping example: no invoice for the requested date (a user-defined code)',
      'invoice_not_found: "No invoice for the requested date"',
    ],
    download_failed: [
      'error_code_mapping example: invoice exists but the download button is broken (a user-defined code)',
      '"download_failed": "Invoice exists but download button is broken or missing"',
    ],
  }),
  ...design(
    'skyvern:http',
    {},
    {
      404: 'HTTP 404 for a run id that does not exist',
      422: "HTTP 422 with FastAPI's detail list: the request body is invalid",
      429: 'HTTP 429 with an HTML body and Retry-After',
      500: 'HTTP 500 {"error": …}: a server-side failure',
    },
  ),
  ...design(
    'skyvern:transport',
    {},
    {
      ECONNREFUSED: 'The API refuses the connection',
    },
  ),

  // ── 002 Webcompute: errors ───────────────────────────────────────────────────────────────
  ...quoted('webcompute:sdk_class', W, 'table', {
    AuthenticationError: ['401: missing or invalid API key', 'AuthenticationError401Missing or invalid API key.'],
    ValidationError: [
      '400: invalid request shape or parameter',
      'ValidationError400Invalid request shape or parameter.',
    ],
    NotFoundError: [
      '404: browser, resource, or endpoint not found',
      'NotFoundError404Browser, resource, or endpoint not found.',
    ],
    ConflictError: [
      '409: browser is in the wrong state or another operation is in progress',
      'ConflictError409Browser is in the wrong state or another operation is in progress.',
    ],
    RateLimitError: ['429: rate limit or quota reached', 'RateLimitError429Rate limit or quota reached.'],
    PayloadTooLargeError: [
      '413: request or payload exceeds a limit',
      'PayloadTooLargeError413Request or payload exceeds a limit.',
    ],
    ResourceLimitError: [
      'varies: resource or concurrency limit',
      'ResourceLimitErrorvariesResource or concurrency limit.',
    ],
    TimeoutError: [
      '504: browser health or quick-action timeout',
      'TimeoutError504Browser health or quick-action timeout.',
    ],
    BrowserUnavailableError: [
      'varies: browser runtime unavailable, unhealthy, or crashed',
      'BrowserUnavailableErrorvariesBrowser runtime unavailable, unhealthy, or crashed.',
    ],
    RequestAbortedError: ['varies: caller aborted the request', 'RequestAbortedErrorvariesCaller aborted the request.'],
    ConnectionError: ['varies: network connection failure', 'ConnectionErrorvariesNetwork connection failure.'],
    InternalError: ['5xx: server-side failure', 'InternalError5xxServer-side failure.'],
    BrowserPolicyTipError: [
      '400: policy-aware navigation produced a blocking policy tip',
      'BrowserPolicyTipError400Policy-aware navigation produced a blocking policy tip.',
    ],
    WebcomputeError: ['varies: base class for SDK API errors', 'WebcomputeErrorvariesBase class for SDK API errors.'],
  }),
  ...quoted('webcompute:error_field', W, 'table', {
    statusCode: ['HTTP status code', 'statusCodeHTTP status code.'],
    type: ['Normalized category', 'typeNormalized category.'],
    code: ['Normalized machine code', 'codeNormalized machine code.'],
    requestId: ['Request ID when supplied', 'requestIdRequest ID when supplied.'],
    retryable: [
      'Whether the SDK considers the error retryable',
      'retryableWhether the SDK considers the error retryable.',
    ],
    next: ['Suggested next action', 'nextSuggested next action.'],
    param: [
      'Parameter associated with the failure when known',
      'paramParameter associated with the failure when known.',
    ],
    details: ['Redacted structured details', 'detailsRedacted structured details.'],
    helpUrl: ['Documentation URL for known errors', 'helpUrlDocumentation URL for known errors.'],
  }),
  ...quoted('webcompute:http_status', W, 'table', {
    400: ['Invalid request shape or parameter', '400Invalid request shape or parameter.'],
    401: ['Missing or invalid API key', '401Missing or invalid API key.'],
    403: ['Permission denied', '403Permission denied.'],
    404: ['Browser, resource, or endpoint not found', '404Browser, resource, or endpoint not found.'],
    409: [
      'Browser not ready, invalid lifecycle transition, idempotency conflict, or operation in progress',
      '409Browser not ready, invalid lifecycle transition, idempotency conflict, or operation in progress.',
    ],
    413: ['Payload too large', '413Payload too large.'],
    429: ['Rate limit or resource limit reached', '429Rate limit or resource limit reached.'],
    500: ['Internal platform error', '500Internal platform error.'],
    502: ['Upstream/browser configuration failure', '502Upstream/browser configuration failure.'],
    503: ['Service unavailable', '503Service unavailable.'],
    504: ['Timeout', '504Timeout.'],
  }),
  ...quoted('webcompute:gateway', W, 'table', {
    INVALID_PARAMS: ['400: invalid request parameters', 'INVALID_PARAMS400Invalid request parameters.'],
    UNAUTHORIZED: [
      '401: missing or invalid Webcompute API key',
      'UNAUTHORIZED401Missing or invalid Webcompute API key.',
    ],
    BROWSER_NOT_FOUND: [
      '404: browser does not exist or is no longer available',
      'BROWSER_NOT_FOUND404Browser does not exist or is no longer available.',
    ],
    SESSION_NOT_FOUND: [
      '404: legacy/session alias for missing browser state',
      'SESSION_NOT_FOUND404Legacy/session alias for missing browser state.',
    ],
    BROWSER_WRONG_STATE: [
      '409: browser is not in a state that supports the operation',
      'BROWSER_WRONG_STATE409Browser is not in a state that supports the operation.',
    ],
    SESSION_WRONG_STATE: [
      '409: legacy/session alias for wrong browser state',
      'SESSION_WRONG_STATE409Legacy/session alias for wrong browser state.',
    ],
    browser_configuring: [
      '409: browser is still configuring; retry after readiness changes',
      'browser_configuring409Browser is still configuring. Retry after readiness changes.',
    ],
    idempotency_key_reused: [
      '409: idempotency key was reused with a conflicting request',
      'idempotency_key_reused409Idempotency key was reused with a conflicting request.',
    ],
    operation_in_progress: [
      '409: another operation is in progress',
      'operation_in_progress409Another operation is in progress.',
    ],
    RATE_LIMITED: ['429: rate limit reached', 'RATE_LIMITED429Rate limit reached.'],
    CONCURRENT_LIMIT: ['429: concurrency limit reached', 'CONCURRENT_LIMIT429Concurrency limit reached.'],
    DAYTONA_ERROR: [
      '502: upstream sandbox/runtime provider error',
      'DAYTONA_ERROR502Upstream sandbox/runtime provider error.',
    ],
    BROWSER_CONFIGURE_FAILED: [
      '502: browser configuration failed',
      'BROWSER_CONFIGURE_FAILED502Browser configuration failed.',
    ],
    BROWSER_HEALTH_TIMEOUT: [
      '504: browser did not become healthy before timeout',
      'BROWSER_HEALTH_TIMEOUT504Browser did not become healthy before timeout.',
    ],
    QUICK_ACTION_TIMEOUT: [
      '504: ephemeral quick action did not finish before timeout',
      'QUICK_ACTION_TIMEOUT504Ephemeral quick action did not finish before timeout.',
    ],
    INTERNAL_ERROR: ['500: internal platform failure', 'INTERNAL_ERROR500Internal platform failure.'],
  }),
  ...quoted('webcompute:normalized', W, 'text', {
    invalid_request: [
      'SDK-normalized code for an invalid request',
      'current error codes such as invalid_request, authentication_failed',
    ],
    authentication_failed: [
      'SDK-normalized code for a refused API key',
      'invalid_request, authentication_failed, browser_not_found',
    ],
    browser_not_found: [
      'SDK-normalized code for a missing browser',
      'authentication_failed, browser_not_found, operation_in_progress',
    ],
    operation_in_progress: [
      'SDK-normalized code for another operation in progress',
      'browser_not_found, operation_in_progress, rate_limited',
    ],
    rate_limited: ['SDK-normalized code for a rate limit', 'operation_in_progress, rate_limited, quota_exceeded'],
    quota_exceeded: ['SDK-normalized code for a spent quota', 'rate_limited, quota_exceeded, payload_too_large'],
    payload_too_large: [
      'SDK-normalized code for a payload over the limit',
      'quota_exceeded, payload_too_large, upstream_timeout',
    ],
    upstream_timeout: [
      'SDK-normalized code for an upstream timeout',
      'payload_too_large, upstream_timeout, internal_error',
    ],
    internal_error: [
      'SDK-normalized code for a server-side failure',
      'upstream_timeout, internal_error, browser_unavailable',
    ],
    browser_unavailable: [
      'SDK-normalized code for an unavailable or crashed browser runtime',
      'internal_error, browser_unavailable, and operation_cancelled',
    ],
    operation_cancelled: [
      'SDK-normalized code for a cancelled operation',
      'browser_unavailable, and operation_cancelled.',
    ],
  }),
  ...quoted('webcompute:browser_server', W, 'table', {
    BROWSER_LAUNCH_FAILED: ['Chrome could not launch', 'BROWSER_LAUNCH_FAILEDChrome could not launch.'],
    BROWSER_CRASHED: ['Browser crashed during work', 'BROWSER_CRASHEDBrowser crashed during work.'],
    NAVIGATION_TIMEOUT: ['Navigation exceeded its timeout', 'NAVIGATION_TIMEOUTNavigation exceeded its timeout.'],
    NAVIGATION_FAILED: [
      'Navigation failed for a non-timeout reason',
      'NAVIGATION_FAILEDNavigation failed for a non-timeout reason.',
    ],
    SELECTOR_NOT_FOUND: ['Requested selector was not found', 'SELECTOR_NOT_FOUNDRequested selector was not found.'],
    CAPTCHA_SOLVE_FAILED: ['CAPTCHA resolution failed', 'CAPTCHA_SOLVE_FAILEDCAPTCHA resolution failed.'],
    PROXY_CONNECTION_FAILED: [
      'Browser could not connect through the configured proxy',
      'PROXY_CONNECTION_FAILEDBrowser could not connect through the configured proxy.',
    ],
    SCREENSHOT_FAILED: ['Screenshot capture failed', 'SCREENSHOT_FAILEDScreenshot capture failed.'],
    PDF_FAILED: ['PDF generation failed', 'PDF_FAILEDPDF generation failed.'],
    EXECUTE_FAILED: ['Playwright execution failed', 'EXECUTE_FAILEDPlaywright execution failed.'],
  }),
  ...quoted('webcompute:retry_config', W, 'text', {
    maxRetries: ['maxRetries: 3, retries are bounded', 'Default retry config is: { maxRetries: 3,'],
    initialIntervalMs: ['initialIntervalMs: 500, the first backoff is not immediate', 'initialIntervalMs: 500,'],
    maxIntervalMs: ['maxIntervalMs: 30000, backoff is capped', 'maxIntervalMs: 30000,'],
    exponent: ['exponent: 1.5, backoff grows', 'exponent: 1.5,'],
    jitter: ['jitter: true, backoff is jittered', 'jitter: true,'],
    retryableStatusCodes: [
      'retryableStatusCodes: [429, 500, 502, 503, 504]',
      'retryableStatusCodes: [429, 500, 502, 503, 504],',
    ],
    retryConnectionErrors: [
      'retryConnectionErrors: true, network connection errors are retried',
      'retryConnectionErrors: true',
    ],
  }),
  ...quoted('webcompute:next', W, 'text', {
    change_request: ['Do not retry blindly: the request must change', WEBCOMPUTE_NEXT],
    authenticate: ['Do not retry blindly: authenticate first', WEBCOMPUTE_NEXT],
    abort: ['Do not retry blindly: stop', WEBCOMPUTE_NEXT],
  }),
  ...quoted('webcompute:execute', W, 'table', {
    success: ['Whether the Playwright code completed', 'successWhether the Playwright code completed.'],
    error: ['Execution error details', 'errorExecution error details.'],
    logs: ['Console logs captured during execution', 'logsConsole logs captured during execution.'],
    status: ['Compact runtime status when requested', 'statusCompact runtime status when requested.'],
    observation: ['Page observation when requested', 'observationPage observation when requested.'],
    artifacts: [
      'Screenshot, recording, or generated-file artifacts',
      'artifactsScreenshot, recording, or generated-file artifacts.',
    ],
  }),

  // ── 003 RFC 9457 Problem Details with agent extensions ───────────────────────────────────
  ...quoted('problem:field', P, 'text', {
    type: [
      'Stable type URI: agents branch on it, not on status or prose',
      'Agents branch on is_retriable and type, not on status codes or prose.',
    ],
    title: ['Short human-readable summary of the problem type (RFC 9457)', PROBLEM_FIELDS],
    status: ['The HTTP status code (RFC 9457)', PROBLEM_FIELDS],
    detail: ['Human-readable explanation of this occurrence (RFC 9457)', PROBLEM_FIELDS],
    instance: ['URI of this occurrence (RFC 9457)', PROBLEM_FIELDS],
  }),
  ...quoted('problem:extension', P, 'text', {
    is_retriable: ['Whether retrying unchanged can succeed (a boolean)', 'is_retriable (boolean)'],
    retry_after_ms: ['How long to wait before retrying', 'retry_after_ms (wait time)'],
    doc_uri: ['Documentation for the error', PROBLEM_EXTENSIONS],
    trace_id: ['Trace id for support', PROBLEM_EXTENSIONS],
    suggestions: ['Concrete next steps', 'suggestions (concrete next steps)'],
    errors: ['Per-field validation errors', PROBLEM_EXTENSIONS],
  }),
  ...design(
    'problem:idempotency',
    { seed: P, quote: PROBLEM_IDEMPOTENCY },
    {
      key_reused:
        "The same Idempotency-Key with a different body is refused: a caller bug (Faultline's reading of server-side deduplication; the seed names only the header)",
      in_flight:
        "The first request with this Idempotency-Key is still being processed; retry the same key later (Faultline's reading of server-side deduplication)",
    },
  ),
  ...design(
    'problem:status',
    { seed: P, quote: 'Use RFC 9457 Problem Details on every error response.' },
    {
      400: 'HTTP 400 from a problem API: invalid request',
      401: 'HTTP 401 from a problem API: credentials refused',
      402: 'HTTP 402 from a problem API: payment or quota required',
      403: 'HTTP 403 from a problem API: permission denied',
      404: 'HTTP 404 from a problem API: the resource does not exist',
      408: 'HTTP 408 from a problem API: the server timed the request out',
      409: 'HTTP 409 from a problem API: the resource is in a conflicting state',
      413: 'HTTP 413 from a problem API: the request is too large',
      422: 'HTTP 422 from a problem API: validation failed',
      429: 'HTTP 429 from a problem API: rate limited',
      500: 'HTTP 500 from a problem API: internal error',
      502: 'HTTP 502 from a problem API: upstream failure',
      503: 'HTTP 503 from a problem API: unavailable',
      504: 'HTTP 504 from a problem API: timeout',
    },
  ),
  ...design(
    'problem:transport',
    { seed: P, quote: 'distinguishing transient from terminal failures' },
    {
      ECONNREFUSED: 'A transient network failure: connection refused',
      ECONNRESET: 'A transient network failure: connection reset',
    },
  ),
  ...design(
    'problem:transport',
    {},
    {
      malformed: 'A 2xx answer whose body cannot be read',
    },
  ),
  // The retry patterns a fleet shows (many tasks at once against one platform).
  ...quoted('problem:pattern', P, 'text', {
    jitter: ['Retries spread with exponential backoff and jitter (no retry storm)', 'exponential backoff with jitter'],
    circuit_breakers: ['A circuit breaker: probe a platform that is down instead of hammering it', 'circuit breakers'],
    rate_limits: [
      'Rate limits: keep to the rate and the concurrency the platform allows',
      'circuit breakers, rate limits',
    ],
  }),

  // ── 003's CLI line: a command-line tool (Faultline's simulated one, mocks/cli/) ─────────
  ...quoted('cli:output', P, 'text', {
    json: ['A success prints its answer as JSON on stdout (exit 0)', 'structured JSON output'],
  }),
  ...quoted('cli:field', P, 'text', {
    code: ["The stderr error's stable code: a code the tool is known to send decides the kind", CLI_LINE],
    is_retriable: ['Whether retrying unchanged can succeed (a boolean)', 'is_retriable (boolean)'],
    retry_after_ms: ['How long to wait before retrying', 'retry_after_ms (wait time)'],
    suggestions: ['Concrete next steps; the first is Failure.next', 'suggestions (concrete next steps)'],
    errors: ['Per-field errors', PROBLEM_EXTENSIONS],
    doc_uri: ['Documentation for the error', PROBLEM_EXTENSIONS],
    trace_id: ['Trace id for support', PROBLEM_EXTENSIONS],
  }),
  ...design(
    'cli:exit',
    { seed: P, quote: CLI_LINE, reference: SYSEXITS },
    {
      1: 'Exit 1, a failure no table names: internal, retried once',
      64: 'EX_USAGE: the command was used incorrectly (a 400)',
      65: 'EX_DATAERR: the input data was incorrect (a 422)',
      66: 'EX_NOINPUT: an input file did not exist or was not readable (a 404)',
      69: 'EX_UNAVAILABLE: a service is unavailable (a 503)',
      70: 'EX_SOFTWARE: an internal software error (a 500)',
      75: 'EX_TEMPFAIL: a temporary failure, to be reattempted later (a 503)',
      77: 'EX_NOPERM: insufficient permission (a 403)',
      78: 'EX_CONFIG: something is unconfigured or misconfigured: retrying the same invocation cannot help',
    },
  ),
  ...design(
    'cli:signal',
    { seed: P, quote: CLI_LINE, reference: 'https://man7.org/linux/man-pages/man7/signal.7.html' },
    {
      SIGINT: 'Interrupted (Ctrl-C; a shell reports exit 130): the run was stopped on purpose, canceled',
      SIGKILL: 'Killed (the out-of-memory killer, a supervisor; a shell reports exit 137): internal, retried once',
      SIGTERM: 'Terminated (a supervisor, a shutdown; a shell reports exit 143): internal, retried once',
    },
  ),
  ...design(
    'cli:stderr',
    { seed: P, quote: CLI_LINE },
    {
      malformed:
        'A non-zero exit whose stderr is no JSON error (plain text, truncated, empty): the exit status decides',
    },
  ),
  ...design(
    'cli:stdout',
    { seed: P, quote: CLI_LINE },
    {
      malformed: 'Exit 0 whose stdout is not JSON: malformed, retried like a transport fault',
    },
  ),

  // ── Plain Playwright (DESIGN's taxonomy; no seed) ───────────────────────────────────────
  ...design(
    'playwright:error',
    {},
    {
      TimeoutError: 'Playwright TimeoutError on goto or a locator wait',
      browser_closed: 'Browser closed under the page (the browser process died)',
      launch_failed: 'Failed to launch: the executable does not exist',
      screenshot: 'page.screenshot failed',
      target_closed: 'Target page, context or browser has been closed',
      target_crashed: 'Target crashed (the renderer died)',
    },
  ),
  ...design(
    'playwright:net_error',
    {},
    {
      ERR_CONNECTION_RESET: 'net::ERR_CONNECTION_RESET on navigation',
      ERR_PROXY_CONNECTION_FAILED: 'net::ERR_PROXY_CONNECTION_FAILED: nothing listens on the proxy port',
      ERR_TOO_MANY_REDIRECTS: 'net::ERR_TOO_MANY_REDIRECTS: a redirect loop',
    },
  ),
  ...design(
    'playwright:route_abort',
    {},
    {
      connectionreset: 'A page fetch aborted with route.abort("connectionreset")',
    },
  ),
  ...design(
    'playwright:answer',
    {},
    {
      schema: "The answer read from the page does not match the task's schema",
    },
  ),
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
    .sort((a, b) => a.distance - b.distance || byCodeUnits(a.id, b.id))
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
