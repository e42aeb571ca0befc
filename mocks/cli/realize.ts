import type { FaultContext, Realized } from '../faults/fault.ts';
import { DATA_PAGE_ANSWER } from '../site/pages.ts';
import { runCliTool, type CliArmed } from './run-tool.ts';

/** How the run was expected to end: the armed signal, else the armed exit status (0 when clean). */
function expectedEnd(armed: CliArmed | null): string {
  if (armed === null) return 'exit 0';
  return 'signal' in armed ? `killed by ${armed.signal}` : `exit ${armed.exit}`;
}

/**
 * Realizes one attempt of a `cli` scenario by really running the tool, armed with `armed` (null:
 * a clean run, which prints the fixture site's answer): the native payload is the process as it
 * ended, and the fault fired only when the process ended as armed.
 *
 * @example
 * const { native, fired } = await realizeCli({ exit: 69, error: { code: 'unavailable' } }, ctx);
 * // native.process.exitCode === 69, fired === true
 */
export async function realizeCli(armed: CliArmed | null, ctx: Pick<FaultContext, 'provider'>): Promise<Realized> {
  const ended = await runCliTool({ answer: DATA_PAGE_ANSWER, armed });
  const how = ended.signal !== null ? `killed by ${ended.signal}` : `exit ${ended.exitCode}`;
  const expected = expectedEnd(armed);
  return {
    native: { provider: ctx.provider, process: ended },
    fired: how === expected,
    evidence: `ran the cli tool: ${how}, ${ended.stdout.length} bytes on stdout, ${ended.stderr.length} on stderr${how === expected ? '' : ` (armed: ${expected})`}`,
  };
}
