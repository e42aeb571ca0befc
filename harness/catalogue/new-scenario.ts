import { ProviderSchema, type Failure, type Provider } from '../contract/index.ts';
import { classify } from '../classify/index.ts';
import { ruleFor } from '../oracle/index.ts';
import { optionObeysFlags } from '../oracle/options.ts';
import type { Expectation } from '../oracle/schema.ts';
import { redact, redactText } from '../redact.ts';
import { formatIssues } from '../shared/zod-issues.ts';
import { defineScenario } from '../scenario/define.ts';
import type { RawScenarioInput, RawStep } from '../scenario/spec.ts';
import { buildTask } from '../scenario/task.ts';
import reference from '../handlers/reference.ts';
import { runScenario } from '../runner/run-scenario.ts';
import { faultById, FAULT_IDS, type Fault } from '../../mocks/faults/index.ts';

/** A bad input to `faultline new` (exit code 1): the message names the flag or file at fault. */
export class NewScenarioError extends Error {
  override name = 'NewScenarioError';
}

/** The ending actions a scenario can expect. */
export type End = Expectation['end'][number];

/** `<provider>/<name>`, both in lower-case kebab words. */
const NEW_ID = /^([a-z0-9]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Seeds the in-process check runs with: the reference handler must pass on every one. */
export const VERIFY_SEEDS: readonly number[] = [1, 2, 3, 42, 31_337];

/**
 * Example parameters per fault id, for `faultline new --fault <id>` without `--with`: a small,
 * realistic failure of that fault. Faults not listed here get `{}` (their schema's defaults).
 */
export const EXAMPLE_PARAMS: Readonly<Record<string, unknown>> = {
  'hcompany.session': { status: 'failed', error_code: 'internal', error: 'An unexpected error occurred.' },
  'skyvern.run': { status: 'terminated', output: { error: 'login_failed' }, failure_reason: 'Login failed' },
  'webcompute.gateway': { status: 429, code: 'RATE_LIMITED', type: 'rate_limit', retryable: true, retryAfter: '2' },
  'webcompute.execute': { code: 'EXECUTE_FAILED', message: 'page.click: Timeout 30000ms exceeded' },
  'webcompute.quick_action': { code: 'QUICK_ACTION_TIMEOUT' },
  'webcompute.sdk_error': {
    name: 'RateLimitError',
    statusCode: 429,
    code: 'rate_limited',
    type: 'rate_limit',
    retryable: true,
  },
  'problem.document': {
    status: 503,
    type: 'https://api.example.com/problems/unavailable',
    title: 'Service unavailable',
    is_retriable: true,
    retry_after_ms: 2000,
  },
  'http.response': {
    status: 502,
    headers: { 'content-type': 'text/html' },
    body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
  },
  'cli.error': {
    exit: 75,
    code: 'rate_limited',
    message: 'too many runs; try again later',
    is_retriable: true,
    retry_after_ms: 2000,
  },
  'cli.output': { exit: 1, stderr: 'Error: something went wrong\n' },
  'cli.signal': { signal: 'SIGKILL' },
};

/**
 * Splits and checks a new scenario's id: `<provider>/<name>` in lower-case kebab words, with a
 * known provider.
 *
 * @example
 * parseScenarioId('skyvern/login-failed'); // { provider: 'skyvern', name: 'login-failed' }
 * parseScenarioId('Skyvern/x');            // throws NewScenarioError
 */
export function parseScenarioId(id: string): { provider: Provider; name: string } {
  const match = NEW_ID.exec(id);
  if (!match)
    throw new NewScenarioError(
      `scenario id "${id}": expected "<provider>/<name>" in lower-case kebab words, e.g. "skyvern/login-failed"`,
    );
  const provider = ProviderSchema.safeParse(match[1]);
  if (!provider.success)
    throw new NewScenarioError(
      `scenario id "${id}": unknown provider "${match[1]}"; expected one of: ${ProviderSchema.options.join(', ')}`,
    );
  return { provider: provider.data, name: match[2]! };
}

/**
 * Where `faultline new` writes a scenario: `<dir>/<provider>/<name>.scenario.ts`, the path its id
 * must match.
 *
 * @example
 * scenarioPath('skyvern/login-failed'); // 'scenarios/skyvern/login-failed.scenario.ts'
 * scenarioPath('skyvern/login-failed', 'faultline'); // 'faultline/skyvern/login-failed.scenario.ts'
 */
export function scenarioPath(id: string, dir = 'scenarios'): string {
  return `${dir.replace(/\/+$/, '')}/${id}.scenario.ts`;
}

/**
 * The fault with this id, checked to be usable by `faultline new` for the provider. Browser
 * faults are refused: they cannot be checked in-process without a real browser.
 *
 * @example
 * faultFor('webcompute', 'webcompute.gateway').id; // 'webcompute.gateway'
 * faultFor('skyvern', 'hcompany.session');         // throws: for hcompany, not for skyvern
 */
export function faultFor(provider: Provider, faultId: string): Fault {
  const fault = faultById(faultId);
  if (!fault)
    throw new NewScenarioError(`--fault: unknown fault "${faultId}"; expected one of: ${FAULT_IDS.join(', ')}`);
  if (!fault.providers.includes(provider)) {
    throw new NewScenarioError(
      `--fault: fault "${faultId}" is for ${fault.providers.join(', ')}, not for provider "${provider}"`,
    );
  }
  if (fault.browser) {
    throw new NewScenarioError(
      `--fault: "${faultId}" drives a real browser; faultline new only writes payload and network faults. ` +
        'Write browser scenarios by hand (README, "Add a scenario") and run them with npx playwright test',
    );
  }
  return fault;
}

/**
 * The schedule step for a fault: `params` as given (validated with the fault's zod schema), or
 * the fault's example parameters when none are given.
 *
 * @example
 * faultStep('webcompute', 'webcompute.gateway');
 * // { fault: 'webcompute.gateway', with: { status: 429, code: 'RATE_LIMITED', … } }
 * faultStep('hcompany', 'hcompany.session', { status: 'failed', error_code: 'no_answer' });
 */
export function faultStep(provider: Provider, faultId: string, params?: unknown): RawStep {
  const fault = faultFor(provider, faultId);
  const given = params !== undefined;
  const chosen = given ? params : structuredClone(EXAMPLE_PARAMS[faultId] ?? {});
  const parsed = fault.params.safeParse(chosen);
  if (!parsed.success) {
    const where = given ? '--with' : `fault "${faultId}" needs parameters; give them with --with`;
    const issues = parsed.error.issues.map((issue) => ({ ...issue, path: ['with', ...issue.path] }));
    throw new NewScenarioError(`${where}: invalid parameters for ${faultId}:\n  ${formatIssues(issues).join('\n  ')}`);
  }
  return isEmptyObject(chosen) ? { fault: faultId } : { fault: faultId, with: chosen };
}

/** An HTTP answer ready to replay with the `http.response` fault. */
export interface ReplayAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A captured payload made safe to commit: the answer, and the headers dropped as secrets. */
export interface RedactedAnswer {
  answer: ReplayAnswer;
  droppedHeaders: string[];
}

const ANSWER_KEYS = new Set(['status', 'statusText', 'headers', 'body']);
const SECRET_HEADER =
  /(^|[-_])(authorization|cookie|set-cookie|api[-_]?key|apikey|token|secret|password|signature|credentials?)$/i;

/**
 * Reads a payload captured in production: an HTTP answer `{ status, headers, body }`, or a bare
 * body object (taken as HTTP 200, unless it has a numeric `status` that is an HTTP error status,
 * as problem documents do). `source` names the file in error messages.
 *
 * @example
 * answerFromPayload({ status: 429, headers: { 'retry-after': '2' }, body: { code: 'RATE_LIMITED' } }, 'p.json');
 * // { status: 429, headers: { 'retry-after': '2' }, body: { code: 'RATE_LIMITED' } }
 * answerFromPayload({ type: 'about:blank', status: 503 }, 'p.json').status; // 503
 */
export function answerFromPayload(
  payload: unknown,
  source: string,
): { status: number; headers: Record<string, string>; body: unknown } {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new NewScenarioError(
      `--from ${source}: expected an HTTP answer { "status", "headers", "body" } or a JSON body object, got ${Array.isArray(payload) ? 'an array' : JSON.stringify(payload)}`,
    );
  }
  const record = payload as Record<string, unknown>;
  if (
    'body' in record &&
    typeof record.status === 'number' &&
    Object.keys(record).every((key) => ANSWER_KEYS.has(key))
  ) {
    if (!Number.isInteger(record.status) || record.status < 100 || record.status > 599) {
      throw new NewScenarioError(
        `--from ${source}: status: expected an HTTP status from 100 to 599, got ${record.status}`,
      );
    }
    return { status: record.status, headers: headersOf(record.headers, source), body: record.body };
  }
  const status =
    typeof record.status === 'number' && Number.isInteger(record.status) && record.status >= 400 && record.status <= 599
      ? record.status
      : 200;
  const problem = status !== 200 && ('type' in record || 'title' in record);
  return {
    status,
    headers: { 'content-type': problem ? 'application/problem+json' : 'application/json' },
    body: record,
  };
}

function headersOf(headers: unknown, source: string): Record<string, string> {
  if (headers === undefined || headers === null) return {};
  if (typeof headers !== 'object' || Array.isArray(headers))
    throw new NewScenarioError(`--from ${source}: headers: expected an object of header names to values`);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string' || typeof value === 'number') out[name.toLowerCase()] = String(value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      out[name.toLowerCase()] = value.join(', ');
    else
      throw new NewScenarioError(`--from ${source}: headers.${name}: expected a string, got ${JSON.stringify(value)}`);
  }
  return out;
}

/**
 * Removes secrets from a captured answer before it is written into a scenario: headers that
 * carry credentials (authorization, cookie, x-api-key, …, or any value with a Bearer token or an
 * API-key-looking word) are dropped; the body goes through {@link redact} (a JSON body) or
 * {@link redactText} (any other text). An object body becomes its JSON text.
 *
 * @example
 * redactAnswer({ status: 401, headers: { authorization: 'Bearer abc' }, body: { detail: 'key hai_live_0123456789abcdef' } });
 * // { answer: { status: 401, headers: {}, body: '{"detail":"key [redacted]"}' }, droppedHeaders: ['authorization'] }
 */
export function redactAnswer(answer: {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}): RedactedAnswer {
  const headers: Record<string, string> = {};
  const droppedHeaders: string[] = [];
  for (const [name, value] of Object.entries(answer.headers)) {
    if (SECRET_HEADER.test(name) || redactText(value) !== value) droppedHeaders.push(name);
    else headers[name] = value;
  }
  const hasContentType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  if (typeof answer.body !== 'string' && answer.body !== undefined && !hasContentType)
    headers['content-type'] = 'application/json';
  return { answer: { status: answer.status, headers, body: redactBody(answer.body) }, droppedHeaders };
}

function redactBody(body: unknown): string {
  if (body === undefined || body === null) return body === null ? 'null' : '';
  if (typeof body !== 'string') return JSON.stringify(redact(body));
  try {
    return JSON.stringify(redact(JSON.parse(body)));
  } catch {
    return redactText(body);
  }
}

/**
 * The expectation the oracle gives a failure: its kind, and every way the scenario may rightly
 * end. A decision option the provider's flags rule out (`retryable`, `next`) does not count,
 * unless no option survives (then the flags alone decide: stop). A retry the oracle allows ends in
 * `accept`, since the schedule is then spent and the next attempt succeeds.
 *
 * @example
 * expectationFor(rateLimitedFailure); // { end: ['accept'], kinds: ['platform.rate_limited'] }
 * expectationFor(captchaFailure);     // { end: ['escalate'], kinds: ['agent.captcha'] }
 */
export function expectationFor(failure: Failure): Expectation {
  const rule = ruleFor(failure);
  const obeying = rule.options.filter((option) => optionObeysFlags(option, failure));
  const ends = new Set<End>();
  for (const option of obeying) {
    if (option.action !== 'retry') ends.add(option.action);
    else if (rule.maxRetries > 0) ends.add('accept');
  }
  if (ends.size === 0) ends.add('abort').add('escalate');
  const order: End[] = ['accept', 'abort', 'escalate'];
  return { end: order.filter((end) => ends.has(end)), kinds: [failure.kind] };
}

/**
 * Realizes a step once (in-process, no browser) and classifies what it produced, the way the
 * runner does. Throws a {@link NewScenarioError} when the payload is not a failure.
 *
 * @example
 * const failure = await classifyStep('webcompute/x', 'webcompute', { fault: 'webcompute.gateway', with: { status: 429, code: 'RATE_LIMITED' } });
 * failure.kind; // 'platform.rate_limited'
 */
export async function classifyStep(
  id: string,
  provider: Provider,
  step: RawStep,
  source = `fault "${step.fault}"`,
): Promise<Failure> {
  const fault = faultById(step.fault)!;
  const task = buildTask(id, provider);
  const realized = await fault.realize(fault.params.parse(step.with ?? {}), {
    provider,
    task,
    attempt: 1,
    changes: [],
  });
  if (!realized.fired) throw new NewScenarioError(`${source} did not fire: ${realized.evidence}`);
  const classified = classify(realized.native, { answerSchema: task.answerSchema, nowMs: 0 });
  if (classified.state === 'success')
    throw new NewScenarioError(
      `${source}: the payload classifies as a success for ${provider}; a scenario needs a failure to recover from`,
    );
  if (classified.state === 'pending')
    throw new NewScenarioError(
      `${source}: the payload is a run still "${classified.status}"; a scenario needs a terminal payload`,
    );
  return classified.failure;
}

/** What {@link buildScenarioSpec} needs. */
export interface NewScenarioInput {
  id: string;
  step: RawStep;
  failure: Failure;
  title?: string;
}

/**
 * The spec of a new scenario: the step, once, and the oracle's expectation for its failure.
 *
 * @example
 * buildScenarioSpec({ id: 'webcompute/limited', step, failure });
 * // { title: 'platform.rate_limited from webcompute.gateway: …', sources: [], schedule: [step], expect: { … } }
 */
export function buildScenarioSpec({ id, step, failure, title }: NewScenarioInput): RawScenarioInput {
  parseScenarioId(id);
  return {
    title: title ?? `${failure.kind} from ${step.fault}: ${ruleFor(failure).says}`,
    sources: [],
    schedule: [step],
    expect: expectationFor(failure),
  };
}

/**
 * Runs a spec in-process against the reference handler on every seed of {@link VERIFY_SEEDS}.
 * Returns what went wrong, in plain words (empty: it passes, and every armed step fires).
 *
 * @example
 * await verifyScenario('webcompute/limited', spec); // []
 */
export async function verifyScenario(id: string, spec: RawScenarioInput, file = scenarioPath(id)): Promise<string[]> {
  const scenario = defineScenario(id, spec, file);
  const problems: string[] = [];
  for (const seed of VERIFY_SEEDS) {
    const result = await runScenario(scenario, { handler: reference, seed, decisionTimeoutMs: 2_000 });
    const wrong = [...(result.grade === 'pass' ? [] : result.problems), ...result.unreached];
    problems.push(...wrong.map((problem) => `seed ${seed}: ${problem}`));
  }
  return problems;
}

/**
 * The text of a scenario file: optional comment lines, the import, and `scenario(id, spec)`.
 *
 * @example
 * renderScenarioFile('webcompute/limited', spec, ['Replays prod-429.json (platform.rate_limited).']);
 * // "// Replays prod-429.json …\nimport { scenario } from 'faultline';\n\nexport default scenario('webcompute/limited', {\n  …"
 */
export function renderScenarioFile(id: string, spec: RawScenarioInput, comment: readonly string[] = []): string {
  const header = comment.flatMap((line) => line.split(/\r?\n/)).map((line) => `// ${line}`.trimEnd());
  return [
    ...header,
    "import { scenario } from 'faultline';",
    '',
    `export default scenario(${toSource(id)}, ${toSource(spec, 0, 'export default scenario(, '.length + toSource(id).length)});`,
    '',
  ].join('\n');
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MAX_WIDTH = 100;

/**
 * A JSON-like value as TypeScript source in the catalogue's style: single quotes, bare keys,
 * on one line when it fits in 100 columns, else one entry per line with trailing commas.
 *
 * @example
 * toSource({ end: ['accept'], 'retry-after': '2' }); // "{ end: ['accept'], 'retry-after': '2' }"
 */
export function toSource(value: unknown, indent = 0, used = 0): string {
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value !== 'object')
    return value === undefined ? 'undefined' : (JSON.stringify(value) ?? 'null');
  const entries = Array.isArray(value)
    ? value.map((item) => ({ key: '', item }))
    : Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => ({ key: `${IDENTIFIER.test(key) ? key : quote(key)}: `, item }));
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;
  const oneLine = inlineSource(value);
  if (indent * 2 + used + oneLine.length <= MAX_WIDTH) return oneLine;
  const inner = '  '.repeat(indent + 1);
  const lines = entries.map(({ key, item }) => `${inner}${key}${toSource(item, indent + 1, key.length + 1)},`);
  return `${open}\n${lines.join('\n')}\n${'  '.repeat(indent)}${close}`;
}

function inlineSource(value: unknown): string {
  if (value === null || typeof value !== 'object') return toSource(value);
  if (Array.isArray(value)) return `[${value.map(inlineSource).join(', ')}]`;
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([key, item]) => `${IDENTIFIER.test(key) ? key : quote(key)}: ${inlineSource(item)}`).join(', ')} }`;
}

function quote(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function isEmptyObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}
