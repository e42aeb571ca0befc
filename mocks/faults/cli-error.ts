import { z } from 'zod';
import { realizeCli } from '../cli/realize.ts';
import { defineFault } from './fault.ts';

/**
 * The simulated command-line tool fails the way seed 003 asks a tool to: a non-zero exit status
 * (sysexits-style) and a structured JSON error on stderr with a stable `code`, `is_retriable`,
 * `retry_after_ms` and the other agent extensions. The tool really runs; `trace_id` names the
 * attempt, as a problem API's would.
 */
export const cliError = defineFault({
  id: 'cli.error',
  summary: 'The cli tool exits non-zero with a structured JSON error on stderr (code, is_retriable, retry_after_ms, …)',
  providers: ['cli'],
  browser: false,
  params: z.strictObject({
    exit: z.number().int().min(1).max(255).describe('Exit status, e.g. 75 (EX_TEMPFAIL); sysexits(3) names 64–78'),
    code: z.string().min(1).optional().describe('Stable error code, e.g. "rate_limited"'),
    message: z.string().default('the command failed').describe('Human-readable message'),
    is_retriable: z.boolean().optional().describe('Whether retrying unchanged can succeed'),
    retry_after_ms: z.number().int().nonnegative().optional().describe('How long to wait before retrying'),
    suggestions: z.array(z.unknown()).optional().describe('Concrete next steps; the first is `Failure.next`'),
    errors: z.array(z.unknown()).optional().describe('Per-field errors'),
    doc_uri: z.string().optional().describe('Documentation of the error'),
    logs: z.array(z.string()).default([]).describe('Plain log lines the tool writes to stderr before its JSON error'),
  }),
  realize: ({ exit, logs, ...error }, ctx) =>
    realizeCli({ exit, logs, error: { ...error, trace_id: `trace-${ctx.attempt}` } }, ctx),
});
