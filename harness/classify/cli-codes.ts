import type { FailureKind } from '../contract/index.ts';
import { knownKind } from './shared/codes.ts';

/**
 * The stable error codes of Faultline's simulated command-line tool (`mocks/cli/`), each known as
 * a whole string, → kind. Seed 003 asks a tool for "stable error codes" but names none, so the
 * only codes Faultline can know exactly are its own tool's; a code of another tool decides
 * nothing, and its exit code does ({@link kindOfExit}). Each code means what its HTTP counterpart
 * means (`rate_limited` a 429, `unauthenticated` a 401, `locked` a 409 wait-state).
 */
export const CLI_CODES: Readonly<Record<string, FailureKind>> = {
  usage: 'platform.invalid_request',
  invalid_input: 'platform.invalid_request',
  misconfigured: 'platform.invalid_request',
  input_not_found: 'platform.not_found',
  input_too_large: 'platform.payload_too_large',
  unauthenticated: 'platform.unauthorized',
  permission_denied: 'platform.forbidden',
  locked: 'platform.wrong_state',
  rate_limited: 'platform.rate_limited',
  concurrency_limit: 'platform.concurrency_limit',
  quota_exceeded: 'platform.quota_exceeded',
  unavailable: 'platform.unavailable',
  internal: 'platform.internal',
  interrupted: 'platform.canceled',
};

/** How a process ended, read by its exit status or signal: a name for `Failure.code` and a kind. */
export interface ExitMeaning {
  /** `EX_TEMPFAIL`, `SIGKILL`, or `exit 1` for a status no table names. */
  name: string;
  kind: FailureKind;
}

/**
 * sysexits(3) exit statuses a tool may end with → their name and kind, each the kind of the HTTP
 * status that means the same: a usage or data error is a 400/422, a missing input a 404, a missing
 * permission a 403, an unavailable service and a temporary failure ("the user is invited to
 * retry") a 503, an internal software error a 500. A misconfiguration (`EX_CONFIG`) cannot be
 * cured by retrying the same invocation: like an invalid request, abort or have it reviewed.
 */
export const SYSEXITS: Readonly<Record<number, ExitMeaning>> = {
  64: { name: 'EX_USAGE', kind: 'platform.invalid_request' },
  65: { name: 'EX_DATAERR', kind: 'platform.invalid_request' },
  66: { name: 'EX_NOINPUT', kind: 'platform.not_found' },
  69: { name: 'EX_UNAVAILABLE', kind: 'platform.unavailable' },
  70: { name: 'EX_SOFTWARE', kind: 'platform.internal' },
  75: { name: 'EX_TEMPFAIL', kind: 'platform.unavailable' },
  77: { name: 'EX_NOPERM', kind: 'platform.forbidden' },
  78: { name: 'EX_CONFIG', kind: 'platform.invalid_request' },
};

/**
 * Signals that end a tool, by number (a shell reports one as exit status 128 + its number). Only
 * an interrupt has a meaning of its own: someone stopped the run on purpose, so it is canceled; a
 * killed or terminated tool (an out-of-memory kill, a supervisor) is an internal failure with the
 * signal kept as its code.
 */
export const SIGNALS: Readonly<Record<number, ExitMeaning>> = {
  2: { name: 'SIGINT', kind: 'platform.canceled' },
  9: { name: 'SIGKILL', kind: 'platform.internal' },
  15: { name: 'SIGTERM', kind: 'platform.internal' },
};

/**
 * The kind of a code Faultline's simulated tool sends, or null for any other code.
 *
 * @example
 * kindOfCliCode('rate_limited'); // 'platform.rate_limited'
 * kindOfCliCode('RATE_LIMITED'); // null
 */
export function kindOfCliCode(code: string): FailureKind | null {
  return knownKind(CLI_CODES, code);
}

/**
 * What an exit status (or a signal, by name) means: a sysexits(3) status, a signal (by name, or
 * as 128 + its number), else `platform.internal` with the status kept (exit 1, "something failed").
 *
 * @example
 * kindOfExit(75, null); // { name: 'EX_TEMPFAIL', kind: 'platform.unavailable' }
 * kindOfExit(130, null); // { name: 'SIGINT', kind: 'platform.canceled' }
 * kindOfExit(null, 'SIGKILL'); // { name: 'SIGKILL', kind: 'platform.internal' }
 * kindOfExit(1, null); // { name: 'exit 1', kind: 'platform.internal' }
 */
export function kindOfExit(exitCode: number | null, signal: string | null): ExitMeaning {
  if (signal !== null)
    return Object.values(SIGNALS).find((known) => known.name === signal) ?? { name: signal, kind: 'platform.internal' };
  if (exitCode !== null && Object.hasOwn(SYSEXITS, exitCode)) return SYSEXITS[exitCode]!;
  if (exitCode !== null && exitCode > 128 && Object.hasOwn(SIGNALS, exitCode - 128)) return SIGNALS[exitCode - 128]!;
  return { name: exitCode === null ? 'no exit status' : `exit ${exitCode}`, kind: 'platform.internal' };
}
