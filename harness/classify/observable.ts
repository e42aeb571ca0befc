import { redact, trimmedMessage } from '../redact.ts';
import type { Native } from './native.ts';
import { isRecord, parseBody, safeString } from './shared/body.ts';
import { observableExecuteError } from './webcompute.ts';

/** What a field left out of a trace or report holds instead of its value. */
export const OMITTED = '[omitted]';

/**
 * A native payload as traces and reports may keep it. Secrets are removed ({@link redact}); a
 * thrown value keeps its name, code and trimmed message; a failed Webcompute `playwright.execute`
 * result keeps its error's code, name and trimmed message, its other fields (logs, observation,
 * artifacts) only by name (seed 002: "Avoid serializing the full result.error object by default").
 *
 * @example
 * observableNative({ provider: 'webcompute', response: { status: 200, body: '{"success":false,"error":{"code":"EXECUTE_FAILED","message":"x\n  at y","stack":"…"},"logs":["…"]}' } });
 * // { provider: 'webcompute', response: { status: 200, body: { success: false, error: { code: 'EXECUTE_FAILED', name: null, message: 'x' }, logs: '[omitted]' } } }
 */
export function observableNative(native: Native, secrets: readonly string[] = []): unknown {
  if ('thrown' in native)
    return redact({ provider: native.provider, thrown: observableThrown(native.thrown, secrets) }, secrets);
  if ('process' in native || native.provider !== 'webcompute') return redact(native, secrets);
  const parsed = parseBody(native.response.body);
  if (!parsed.ok || !isRecord(parsed.value) || parsed.value.success !== false) return redact(native, secrets);
  const result = parsed.value;
  const body = Object.fromEntries(
    Object.keys(result).map((key) => [
      key,
      key === 'success' ? false : key === 'error' ? observableExecuteError(result) : OMITTED,
    ]),
  );
  return redact({ provider: native.provider, response: { ...native.response, body } }, secrets);
}

/** A thrown value's name, code and trimmed message: never its stack or other fields. */
function observableThrown(thrown: unknown, secrets: readonly string[]): unknown {
  if (!thrown || typeof thrown !== 'object') return trimmedMessage(safeString(thrown), secrets);
  const { name, message, code } = thrown as { name?: unknown; message?: unknown; code?: unknown };
  return { name, message: typeof message === 'string' ? trimmedMessage(message, secrets) : message, code };
}
