import type { Provider } from './kinds.ts';

/** An HTTP answer as the client received it. `body` is the raw text, or an already parsed JSON value. */
export interface NativeResponse {
  /** HTTP status; null when none is known (for example a body handed over without its response). */
  status: number | null;
  /** Response headers; names are matched case-insensitively. */
  headers?: Record<string, string>;
  /** Raw body text (parsed here), or a value that was already parsed from JSON. */
  body: unknown;
}

/**
 * How a command-line tool ended, as its parent process saw it: the exit code (null when a signal
 * killed it), the signal's name (null when it exited), and everything it wrote.
 */
export interface NativeProcess {
  /** The exit status, e.g. 75 (`EX_TEMPFAIL`); null when a signal ended the process. */
  exitCode: number | null;
  /** The signal that ended the process, e.g. `'SIGKILL'`; null when it exited by itself. */
  signal: string | null;
  /** Everything written to stdout (a success's JSON answer). */
  stdout: string;
  /** Everything written to stderr (a failure's structured JSON error, or anything else). */
  stderr: string;
}

/**
 * A native payload exactly as a provider (or Playwright) produced it: either an HTTP response,
 * something thrown (a Playwright error, a Node network error, an SDK error object), or how a
 * command-line tool's process ended (the `cli` provider). It is what `classify` reads and what the
 * simulated platforms produce.
 *
 * @example
 * const native: Native = { provider: 'cli', process: { exitCode: 75, signal: null, stdout: '', stderr: '{"code":"rate_limited"}' } };
 */
export type Native =
  | { provider: Provider; response: NativeResponse }
  | { provider: Provider; thrown: unknown }
  | { provider: Provider; process: NativeProcess };
