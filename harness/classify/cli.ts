import type { NativeProcess, Provider } from '../contract/index.ts';
import type { Classification, ClassifyOptions } from './native.ts';
import type { ProviderClassifier } from './provider.ts';
import { checkAnswer } from './shared/answer-check.ts';
import { isRecord, msField, parseBody, stringField } from './shared/body.ts';
import { failed } from './shared/failure.ts';
import { malformed } from './shared/http.ts';
import { firstSuggestion } from './shared/suggestions.ts';
import { kindOfCliCode, kindOfExit } from './cli-codes.ts';

/**
 * The structured error a tool wrote to stderr: the whole of stderr as one JSON object, else its
 * last line (a tool may log before it fails). When neither is a JSON object (empty, truncated,
 * plain text), says why in words, and the exit status alone decides.
 */
function stderrError(stderr: string): Record<string, unknown> | string {
  const whole = parseBody(stderr);
  const found = [whole, parseBody(stderr.trim().split('\n').at(-1))].find(
    (parsed) => parsed.ok && isRecord(parsed.value),
  );
  if (found?.ok) return found.value as Record<string, unknown>;
  return whole.ok ? 'stderr is JSON, but not an object' : `stderr ${whole.reason.replace(/^body /, '')}`;
}

/**
 * Classifies how a command-line tool's process ended (seed 003: "CLI Errors — exit codes,
 * structured JSON output, and stable error codes for command-line tools"). Exit 0 is a success
 * whose answer is the JSON on stdout (unreadable stdout is `transport.malformed_response`, like
 * an unreadable 2xx body). Otherwise the most specific signal decides: the stderr error's `code`
 * when Faultline's tool is known to send it exactly, then the exit status (sysexits(3), or a
 * signal), then `platform.internal` with the status kept. `is_retriable`, `retry_after_ms` and
 * `suggestions[0]` are read as in a problem document; no word of a message is read.
 *
 * @example
 * classifyProcess('cli', { exitCode: 75, signal: null, stdout: '', stderr: '{"code":"rate_limited","is_retriable":true,"retry_after_ms":1500}' });
 * // failure platform.rate_limited, retryable true, retryAfterMs 1500, code 'rate_limited'
 * classifyProcess('cli', { exitCode: 77, signal: null, stdout: '', stderr: 'permission denied' });
 * // failure platform.forbidden, code 'EX_NOPERM'
 */
export function classifyProcess(
  provider: Provider,
  ended: NativeProcess,
  options: ClassifyOptions = {},
): Classification {
  const raw = { ...ended };
  if (ended.exitCode === 0 && ended.signal === null) {
    const answer = parseBody(ended.stdout);
    if (!answer.ok)
      return failed(
        provider,
        'transport.malformed_response',
        { message: `exit 0, but stdout ${answer.reason.replace(/^body /, '')}`, raw },
        options,
      );
    return checkAnswer(provider, answer.value, raw, options);
  }
  const exit = kindOfExit(ended.exitCode, ended.signal);
  const error = stderrError(ended.stderr);
  if (typeof error === 'string')
    return failed(provider, exit.kind, { code: exit.name, message: `${exit.name}: ${error}`, raw }, options);
  const code = stringField(error, 'code');
  const message = stringField(error, 'message');
  return failed(
    provider,
    (code !== null ? kindOfCliCode(code) : null) ?? exit.kind,
    {
      code: code ?? exit.name,
      retryable: typeof error.is_retriable === 'boolean' ? error.is_retriable : null,
      retryAfterMs: msField(error, 'retry_after_ms'),
      next: firstSuggestion(error.suggestions),
      message: `${exit.name}${code !== null ? ` (${code})` : ''}${message ? `: ${message}` : ''}`,
      raw,
    },
    options,
  );
}

/**
 * The `cli` provider: a command-line tool, which answers with how its process ended
 * ({@link classifyProcess}), never over HTTP. An HTTP answer handed over as the tool's is not
 * something it can produce: it is malformed.
 */
export const cli: ProviderClassifier = {
  response: (response, options) =>
    malformed('cli', response, 'a command-line tool answers with its exit status and output, not over HTTP', options),
  thrown: () => null,
};
