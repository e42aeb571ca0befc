import type { Provider } from '../../harness/contract/index.ts';
import type { Realized } from './fault.ts';

/**
 * Runs `action`, which is expected to throw, and turns what it threw into a realized fault.
 * When it does not throw, the fault did not fire: the result says so, with `evidence`.
 *
 * @example
 * await capture('skyvern', () => fetch(`http://127.0.0.1:${port}/v1/runs`), 'connection refused');
 */
export async function capture(
  provider: Provider,
  action: () => Promise<unknown>,
  expected: string,
  proof: (thrown: unknown) => boolean = () => true,
): Promise<Realized> {
  try {
    await action();
  } catch (thrown) {
    const fired = proof(thrown);
    const message = thrown instanceof Error ? thrown.message.split('\n')[0] : String(thrown);
    return {
      native: { provider, thrown },
      fired,
      evidence: fired ? `${expected}: ${message}` : `expected ${expected}, got: ${message}`,
    };
  }
  return {
    native: { provider, response: { status: 200, headers: {}, body: '' } },
    fired: false,
    evidence: `expected ${expected}, but the action succeeded`,
  };
}

/**
 * The `code` of a thrown error or of its `cause` (undici wraps network errors in `fetch failed`).
 *
 * @example
 * errorCode(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })); // 'ECONNREFUSED'
 */
export function errorCode(thrown: unknown): string | undefined {
  for (let e = thrown, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
