import {
  DecisionSchema,
  type Decision,
  type Failure,
  type RecoveryContext,
  type RecoveryHandler,
} from '../contract/index.ts';
import { formatIssues } from '../shared/zod-issues.ts';

/** Default per-decision timeout, in real ms. */
export const DEFAULT_DECISION_TIMEOUT_MS = 2_000;

/** The handler's decision, or what went wrong asking for it, in plain words. */
export type Asked = { ok: true; decision: Decision } | { ok: false; problem: string };

/**
 * Asks the handler under test for a decision, guarded: a throw, a hang past `timeoutMs`, a call
 * to `process.exit` or a return value that is not a {@link Decision} becomes a problem message,
 * never a crash.
 *
 * @example
 * const asked = await askHandler(handler, failure, ctx, 2000);
 * if (!asked.ok) console.log(asked.problem); // 'handler "x" threw: TypeError: …'
 */
export async function askHandler(
  handler: RecoveryHandler,
  failure: Failure,
  ctx: RecoveryContext,
  timeoutMs: number,
): Promise<Asked> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Asked>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          ok: false,
          problem: `handler "${handler.name}" did not decide within ${timeoutMs} ms (per-decision timeout) on ${failure.kind}`,
        }),
      timeoutMs,
    );
  });
  const exit = process.exit;
  process.exit = ((code?: number) => {
    throw new Error(`called process.exit(${code ?? ''}) instead of returning a Decision`);
  }) as typeof process.exit;
  const answer = (async (): Promise<Asked> => {
    let returned: unknown;
    try {
      returned = await handler.decide(structuredClone(failure), ctx);
    } catch (error) {
      const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return { ok: false, problem: `handler "${handler.name}" threw on ${failure.kind}: ${text}` };
    }
    const parsed = DecisionSchema.safeParse(returned);
    if (parsed.success) return { ok: true, decision: parsed.data };
    return {
      ok: false,
      problem: `handler "${handler.name}" returned something that is not a Decision on ${failure.kind}: ${safeJson(returned)}\n    ${formatIssues(parsed.error.issues).join('\n    ')}`,
    };
  })();
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
    process.exit = exit;
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
